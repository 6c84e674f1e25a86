// Matching forms of entity names: the exact alias form (case, quotes and dashes folded) and the
// cross-script key (matchKey from src/text/key.ts over the base form), plus ids for names the
// lexicon does not know, derived from the key alone so that every language meets on them.

import type { EntityType } from "../../model/doc.ts";
import { matchKey, wordKey } from "../../text/key.ts";
import { transliterate } from "../../text/translit.ts";

/** Keys shorter than this (consonant skeletons like `m` for Мей) are too ambiguous to link on. */
export const MIN_KEY_CHARS = 3;

const QUOTES = /["«»„“”‚‘’'`´]/gu;
const DASHES = /[‐‑‒–—―-]/gu;
const EDGE_PUNCT = /^[\s.,:;!?()[\]{}/\\]+|[\s.,:;!?()[\]{}/\\]+$/gu;

/** The exact alias form: NFC, lowercase, ё→е, quotes dropped, dashes as spaces, one space. */
export function aliasForm(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(QUOTES, "")
    .replace(DASHES, " ")
    .replace(EDGE_PUNCT, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The cross-script key of a name (words keyed one by one, joined by spaces). */
export function nameKey(name: string, lang?: string): string {
  return matchKey(name, lang);
}

const KEY_WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ`´ʹ][\p{L}\p{M}]+)*/gu;

/**
 * The key of a name whose common words are translated to English and whose words are sorted, so
 * that "24 Канал" and "Channel 24", "Partia Konserwatywna" and "Conservative Party" meet.
 */
export function translatedKey(name: string, lang: string | undefined, words: ReadonlyMap<string, string>): string {
  const keys: string[] = [];
  for (const m of name.normalize("NFC").toLowerCase().matchAll(KEY_WORD)) {
    const k = wordKey(m[0].replace(/['’ʼ`´ʹ]/gu, ""), lang);
    if (k === "") continue;
    const english = words.get(k);
    keys.push(english === undefined ? k : wordKey(english));
  }
  return keys.sort().join(" ");
}

/** A key worth linking on: long enough once spaces are left out. */
export function isUsableKey(key: string): boolean {
  return key.replace(/ /gu, "").length >= MIN_KEY_CHARS;
}

/** Lookup key of a name of one type: `type\tform`. */
export function typed(type: EntityType, form: string): string {
  return `${type}\t${form}`;
}

/** The id of an entity the lexicon does not know: its key, spaces as dashes (`k:alksndr-lkshnk`). */
export function keyId(key: string): string {
  return `k:${key.replace(/ /gu, "-")}`;
}

/** An English display name for a name the lexicon does not know: its romanization. */
export function romanize(lemma: string, lang: string): string {
  return transliterate(lemma, lang).replace(/\s+/gu, " ").trim();
}
