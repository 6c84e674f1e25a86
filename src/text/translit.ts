// Romanization of Cyrillic text, per language, driven by the tables in src/lang-data/<xx>/translit.ts.

import { TRANSLIT as BE } from "../lang-data/be/translit.ts";
import { TRANSLIT as BG } from "../lang-data/bg/translit.ts";
import { TRANSLIT as KK } from "../lang-data/kk/translit.ts";
import { TRANSLIT as MK } from "../lang-data/mk/translit.ts";
import { TRANSLIT as RU } from "../lang-data/ru/translit.ts";
import type { TranslitTable } from "../lang-data/shared/translit-table.ts";
import { TRANSLIT as SR } from "../lang-data/sr/translit.ts";
import { TRANSLIT as UK } from "../lang-data/uk/translit.ts";

/** The romanization tables we ship, by ISO 639-1 code. */
export const TRANSLIT_TABLES: Readonly<Record<string, TranslitTable>> = { uk: UK, ru: RU, bg: BG, be: BE, sr: SR, mk: MK, kk: KK };

/** The table used for Cyrillic words whose language cannot be told from their letters. */
export const DEFAULT_TRANSLIT_LANG = "ru";

export interface TranslitOptions {
  /** Use the table's `keyLetters` overrides (for the matching key, not for display). */
  forKey?: boolean;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

/** Letters that pin a Cyrillic word to one language's table, tried in order. */
const WORD_LANG_LETTERS: readonly (readonly [RegExp, string])[] = [
  [/[әғқңөұүһ]/iu, "kk"],
  [/[іїєґ]/iu, "uk"],
  [/ў/iu, "be"],
  [/[ѓќѕ]/iu, "mk"],
  [/[ђћјљњџ]/iu, "sr"],
  [/[ыэё]/iu, "ru"],
  // ъ inside a word (not after a prefix before е/ё/ю/я) is Bulgarian; Russian ъ sits before a soft vowel.
  [/ъ(?![еёюя])/iu, "bg"],
];

/** Which table to use for one Cyrillic word when the text's language is unknown or has no table. */
export function guessTranslitLang(word: string): string {
  for (const [re, lang] of WORD_LANG_LETTERS) if (re.test(word)) return lang;
  return DEFAULT_TRANSLIT_LANG;
}

const LETTER = /\p{L}/u;

type Rule = readonly [seq: string, rep: string, letters: number];

/** A table's multi-letter rules by their first letter (in table order), built once per table (not per letter). */
interface CompiledRules {
  final: ReadonlyMap<string, readonly Rule[]>;
  sequences: ReadonlyMap<string, readonly Rule[]>;
  keySequences: ReadonlyMap<string, readonly Rule[]>;
}

const NO_RULES: readonly Rule[] = [];

function firstLetter(s: string): string {
  const cp = s.codePointAt(0);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

const compiled = new WeakMap<TranslitTable, CompiledRules>();

function compiledRules(table: TranslitTable): CompiledRules {
  let rules = compiled.get(table);
  if (!rules) {
    // A rule can only match where the word's letter is a prefix of it, so where its first letter is the word's.
    const entries = (record: Readonly<Record<string, string>> | undefined) => {
      const byFirst = new Map<string, Rule[]>();
      for (const [seq, rep] of Object.entries(record ?? {})) {
        const first = firstLetter(seq);
        let list = byFirst.get(first);
        if (!list) {
          list = [];
          byFirst.set(first, list);
        }
        list.push([seq, rep, Array.from(seq).length]);
      }
      return byFirst;
    };
    rules = { final: entries(table.final), sequences: entries(table.sequences), keySequences: entries(table.keySequences) };
    compiled.set(table, rules);
  }
  return rules;
}

/** `lower[from, to)` joined equals `seq` (to is clipped to the word's end). */
function joinedEquals(lower: string[], from: number, to: number, seq: string): boolean {
  if (!seq.startsWith(lower[from])) return false;
  let s = "";
  const end = Math.min(to, lower.length);
  for (let k = from; k < end; k++) s += lower[k];
  return s === seq;
}

/** Romanize one word with one table, keeping its case pattern (Київ → Kyiv, КИЇВ → KYIV). */
export function transliterateWord(word: string, table: TranslitTable, options: TranslitOptions = {}): string {
  const chars = Array.from(word);
  const lower = chars.map((c) => c.toLowerCase());
  const letterCount = chars.filter((c) => LETTER.test(c)).length;
  const isCaps = letterCount > 1 && chars.every((c, i) => !LETTER.test(c) || c !== lower[i]);
  const rules = compiledRules(table);
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const [rep, used] = romanizeAt(lower, i, table, rules, options);
    const upper = chars[i] !== lower[i];
    out += upper ? (isCaps ? rep.toUpperCase() : capitalize(rep)) : rep;
    i += used;
  }
  return out;
}

function romanizeAt(lower: string[], i: number, table: TranslitTable, rules: CompiledRules, options: TranslitOptions): [string, number] {
  const c = lower[i];
  const first = firstLetter(c);
  if (options.forKey) {
    for (const [seq, rep, n] of rules.keySequences.get(first) ?? NO_RULES) {
      if (joinedEquals(lower, i, i + n, seq)) return [rep, n];
    }
  }
  for (const [seq, rep, n] of rules.final.get(first) ?? NO_RULES) {
    if (i + n === lower.length && joinedEquals(lower, i, lower.length, seq)) return [rep, n];
  }
  for (const [seq, rep, n] of rules.sequences.get(first) ?? NO_RULES) {
    if (joinedEquals(lower, i, i + n, seq)) return [rep, n];
  }
  if (options.forKey && table.keyLetters?.[c] !== undefined) return [table.keyLetters[c], 1];
  if (i === 0 && table.initial?.[c] !== undefined) return [table.initial[c], 1];
  if (i > 0 && table.afterSoftener?.[c] !== undefined && table.softeners?.includes(lower[i - 1])) return [table.afterSoftener[c], 1];
  const rep = table.letters[c];
  return [rep ?? c, 1];
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

/**
 * Romanize every Cyrillic word of `text` with the table of `lang` (ISO 639-1); words of a language
 * without a table (or with `lang` unknown) use the table their letters point to. Non-Cyrillic text is kept.
 */
export function transliterate(text: string, lang?: string, options: TranslitOptions = {}): string {
  const given = lang ? TRANSLIT_TABLES[lang] : undefined;
  return text.normalize("NFC").replace(WORD, (word) => {
    if (!CYRILLIC.test(word)) return word;
    const table = given ?? TRANSLIT_TABLES[guessTranslitLang(word)];
    return transliterateWord(word, table, options);
  });
}
