// A rough, language-pooled name stem: lowercase, ё→е, the longest Slavic case ending stripped while
// at least MIN_STEM_CHARS letters stay. Good enough to join inflected forms of one name in a document
// and in the gazetteer; not a lemmatizer (base forms come from src/entities/link/).

import { NAME_CASE_ENDINGS } from "../../lang-data/shared/name-case-endings.ts";

/** Letters a stem keeps at least. */
export const MIN_STEM_CHARS = 3;

const ENDINGS_BY_LENGTH: string[][] = [];
for (const e of new Set(NAME_CASE_ENDINGS)) {
  const list = ENDINGS_BY_LENGTH[e.length] ?? [];
  list.push(e);
  ENDINGS_BY_LENGTH[e.length] = list;
}
const ENDING_SETS = ENDINGS_BY_LENGTH.map((l) => new Set(l ?? []));
const MAX_ENDING = ENDING_SETS.length - 1;

/** Lowercase, ё→е, typographic apostrophes unified. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return NEEDS_FOLD.test(lower) ? lower.replace(/ё/g, "е").replace(/[’ʼ`]/g, "'") : lower;
}

const NEEDS_FOLD = /[ё’ʼ`]/;

/**
 * Stem of an already folded (lowercase) word. A Belarusian final ў is в before an ending (Кіеў, Кіеве;
 * Кішынёў, Кішынёву), so it stems as в.
 */
export function stemFolded(lower: string): string {
  if (lower.endsWith("ў")) return `${lower.slice(0, -1)}в`;
  for (let k = Math.min(MAX_ENDING, lower.length - MIN_STEM_CHARS); k >= 1; k--) {
    if (ENDING_SETS[k]?.has(lower.slice(lower.length - k))) return lower.slice(0, lower.length - k);
  }
  return lower;
}

/** Stem of a word as written. */
export function nameStem(word: string): string {
  return stemFolded(foldWord(word));
}
