// Repair of words typed with a mix of Latin and Cyrillic look-alike letters ("наблизиТися", "ХVІ").

import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from "../lang-data/shared/look-alikes.ts";

const LATIN_LETTER = /\p{Script=Latin}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const HAS_LATIN = /\p{Script=Latin}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/** True when one word holds letters of both scripts. */
export function isMixedScriptWord(word: string): boolean {
  return HAS_LATIN.test(word) && HAS_CYRILLIC.test(word);
}

/**
 * One word in one script, length kept: the minority script's look-alike letters are rewritten into the other
 * script (Latin T inside a Cyrillic word becomes Т). When a letter has no look-alike, the word goes the way that
 * needs no such letter; when neither way works, the word is returned unchanged.
 */
export function repairMixedScript(word: string): string {
  if (!isMixedScriptWord(word)) return word;
  const chars = Array.from(word);
  let latin = 0;
  let cyrillic = 0;
  let latinConvertible = true;
  let cyrillicConvertible = true;
  for (const c of chars) {
    if (LATIN_LETTER.test(c)) {
      latin++;
      if (LATIN_TO_CYRILLIC[c] === undefined) latinConvertible = false;
    } else if (CYRILLIC_LETTER.test(c)) {
      cyrillic++;
      if (CYRILLIC_TO_LATIN[c] === undefined) cyrillicConvertible = false;
    }
  }
  const toCyrillic = latinConvertible && (cyrillic >= latin || !cyrillicConvertible);
  const toLatin = !toCyrillic && cyrillicConvertible;
  if (!toCyrillic && !toLatin) return word;
  const map = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  return chars.map((c) => map[c] ?? c).join("");
}
