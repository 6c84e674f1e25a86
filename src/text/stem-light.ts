// Light suffix stripping for languages without a real stemmer here (pl, cs, sk, sl, be, kk): endings as data.

import { STEM_SUFFIXES as BE } from "../lang-data/be/stem-suffixes.ts";
import { STEM_SUFFIXES as CS } from "../lang-data/cs/stem-suffixes.ts";
import { STEM_SUFFIXES as KK } from "../lang-data/kk/stem-suffixes.ts";
import { STEM_SUFFIXES as PL } from "../lang-data/pl/stem-suffixes.ts";
import { STEM_SUFFIXES as SK } from "../lang-data/sk/stem-suffixes.ts";
import { STEM_SUFFIXES as SL } from "../lang-data/sl/stem-suffixes.ts";

/** Shortest stem (letters) the light stemmer leaves. */
export const LIGHT_STEM_MIN_LETTERS = 3;

export const LIGHT_STEM_SUFFIXES: Readonly<Record<string, readonly string[]>> = { pl: PL, cs: CS, sk: SK, sl: SL, be: BE, kk: KK };

/** Strips the first listed ending that leaves at least LIGHT_STEM_MIN_LETTERS letters. */
export function stemLight(word: string, suffixes: readonly string[]): string {
  const n = Array.from(word).length;
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && n - Array.from(suffix).length >= LIGHT_STEM_MIN_LETTERS) return word.slice(0, word.length - suffix.length);
  }
  return word;
}
