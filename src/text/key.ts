// The loose matching key: one spelling for a name in any script or romanization, for search,
// entity linking and translation detection (Київ / Киев / Kiev / Kyiv all give "kv").

import {
  CYRILLIC_INITIAL_W,
  KEY_DIGRAPH_FOLDS,
  KEY_FOLDS,
  KEY_VOWEL_CLASSES,
  KEY_VOWELS,
  LATIN_LETTER_FOLDS,
  LATIN_MC_PREFIX,
  LATIN_SILENT_H,
  LATIN_SOFT_G,
  SLAVIC_LATIN_FOLDS,
  SLAVIC_LATIN_LANGS,
  SLAVIC_LATIN_LETTERS,
} from "../lang-data/shared/key-folds.ts";
import { memoize2 } from "./memo.ts";
import { repairMixedScript } from "./script-mix.ts";
import { transliterate } from "./translit.ts";

const KEY_WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`´ʹ][\p{L}\p{M}]+)*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const APOSTROPHES = /['’ʼ`´ʹ]/g;
const MARKS = /\p{M}/gu;
const NOT_KEY_CHAR = /[^a-zCSZ0-9]/g;
const UNIT_EXPANSION: Readonly<Record<string, string>> = { C: "ch", S: "sh", Z: "zh" };

/**
 * A loose, script-independent key for matching names: NFC, lowercase, ё→е, apostrophes dropped,
 * transliterated (with `lang`'s table when given; the key is designed so the table rarely matters),
 * spelling variants folded (kh/h/g, c/k/s/ts, w/v, Polish cz/sz/rz, diacritics), then reduced to the
 * class of the first vowel (when the word starts with one) and its consonants, doubles collapsed.
 * Words are keyed one by one and joined by one space; hyphens and punctuation separate words.
 */
export function matchKey(s: string, lang?: string): string {
  const text = s.normalize("NFC").toLowerCase().replace(/ё/g, "е");
  const keys: string[] = [];
  for (const m of text.matchAll(KEY_WORD)) {
    const key = wordKey(m[0].replace(APOSTROPHES, ""), lang);
    if (key) keys.push(key);
  }
  return keys.join(" ");
}

type Fold = readonly [RegExp, string];

/**
 * A substring every match of `re` contains: its leading run of plain letters and digits (after `^`), or ""
 * when that cannot be told from the source (alternation, case folding, a quantified last letter).
 */
function requiredLiteral(re: RegExp): string {
  if (re.flags.includes("i") || re.source.includes("|")) return "";
  const src = re.source.startsWith("^") ? re.source.slice(1) : re.source;
  const lit = /^[A-Za-z0-9]*/.exec(src)?.[0] ?? "";
  const next = src[lit.length];
  return next !== undefined && "*?+{".includes(next) ? lit.slice(0, -1) : lit;
}

/** The folds with the literal each needs: a fold whose literal is not in the word cannot change it, so is skipped. */
function guarded(folds: readonly Fold[]): readonly (readonly [RegExp, string, string])[] {
  return folds.map(([re, rep]) => [re, rep, requiredLiteral(re)] as const);
}

function applyFolds(s: string, folds: readonly (readonly [RegExp, string, string])[]): string {
  for (const [re, rep, lit] of folds) if (s.includes(lit)) s = s.replace(re, rep);
  return s;
}

const SLAVIC_FOLDS = guarded(SLAVIC_LATIN_FOLDS);
const DIGRAPH_FOLDS = guarded(KEY_DIGRAPH_FOLDS);
const FOLDS = guarded(KEY_FOLDS);
/** Folds for words written in Latin only (never romanized Cyrillic), in order. */
const LATIN_FOLDS = guarded([LATIN_SILENT_H, ...LATIN_SOFT_G]);
const NON_ASCII = /[^\x00-\x7f]/;
/** Every letter fold rewrites a non-ASCII letter, so an ASCII word has none to apply (checked once here). */
const ASCII_LETTERS_UNFOLDED = Object.keys(LATIN_LETTER_FOLDS).every((c) => NON_ASCII.test(c));

const cachedWordKey = memoize2((word: string, lang: string) => computeWordKey(word, lang || undefined));

/** The key of one word (no spaces, no punctuation in it); memoized, names and words repeat across mentions. */
export function wordKey(word: string, lang?: string): string {
  return cachedWordKey(word, lang ?? "");
}

function computeWordKey(word: string, lang?: string): string {
  const repaired = repairMixedScript(word);
  const romanized = CYRILLIC.test(repaired);
  let s = (romanized ? transliterate(repaired, lang, { forKey: true }) : repaired).toLowerCase();
  const slavicLatin = !romanized && (SLAVIC_LATIN_LANGS.has(lang ?? "") || SLAVIC_LATIN_LETTERS.test(s));
  if (!romanized && s.startsWith("mc")) s = s.replace(LATIN_MC_PREFIX[0], LATIN_MC_PREFIX[1]);
  if (romanized && s.startsWith("u")) s = s.replace(CYRILLIC_INITIAL_W[0], CYRILLIC_INITIAL_W[1]);
  if (slavicLatin) s = applyFolds(s, SLAVIC_FOLDS);
  // Letter folds and marks concern non-ASCII letters only (most romanized words have none left).
  if (!ASCII_LETTERS_UNFOLDED || NON_ASCII.test(s))
    s = Array.from(s, (c) => LATIN_LETTER_FOLDS[c] ?? c)
      .join("")
      .normalize("NFD")
      .replace(MARKS, "");
  s = s.replace(NOT_KEY_CHAR, "");
  s = applyFolds(s, DIGRAPH_FOLDS);
  if (!romanized) s = applyFolds(s, LATIN_FOLDS);
  s = applyFolds(s, FOLDS);
  return skeleton(s);
}

function skeleton(s: string): string {
  if (s.length === 0) return "";
  let out = KEY_VOWELS.includes(s[0]) ? KEY_VOWEL_CLASSES[s[0]] : "";
  let prev = "";
  for (const c of s) {
    if (KEY_VOWELS.includes(c)) {
      prev = "";
      continue;
    }
    if (c !== prev) out += UNIT_EXPANSION[c] ?? c;
    prev = c;
  }
  return out;
}
