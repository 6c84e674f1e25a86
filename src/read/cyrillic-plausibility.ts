// How much a decoded text looks like real Cyrillic writing: the evidence that picks one of the legacy
// Cyrillic charsets when several decode the same bytes without error (they always do: all are single-byte).

import {
  COMMON_CYRILLIC_LETTERS,
  CYRILLIC_LETTERS,
  CYRILLIC_VOWELS,
  IMPOSSIBLE_INITIAL_LETTERS,
} from "../lang-data/shared/cyrillic-letters.ts";

const LETTERS = new Set(CYRILLIC_LETTERS);
const VOWELS = new Set(CYRILLIC_VOWELS);
const IMPOSSIBLE_INITIALS = new Set(IMPOSSIBLE_INITIAL_LETTERS);
const COMMON_LETTERS = new Set(COMMON_CYRILLIC_LETTERS);
/** Characters allowed inside a word besides letters: hyphen and the apostrophes Ukrainian and Belarusian write. */
const WORD_INNER = /^[-'’ʼ]$/u;
/** Punctuation that may wrap a word: quotes, brackets, dashes, ellipsis, sentence marks. */
const WRAPPING_PUNCTUATION = /^[«»„“”‘’"'()[\]{}.,;:!?…—–-]+|[«»„“”‘’"'()[\]{}.,;:!?…—–-]+$/gu;
/** Whitespace, and ASCII characters other than letters. */
const WORD_SEPARATORS = /[\s\u00a0!-@[-`{-~]+/u;

/** Words longer than this many letters must hold a vowel to count as plausible. */
export const VOWELLESS_MAX_LETTERS = 3;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** A plausible word: only Cyrillic letters (and inner hyphens/apostrophes), usual case shape, a vowel when long. */
export function isPlausibleCyrillicWord(word: string): boolean {
  const letters = [...word];
  if (letters.length === 0) return false;
  if (!letters.every((ch, i) => LETTERS.has(ch) || (i > 0 && i < letters.length - 1 && WORD_INNER.test(ch)))) return false;
  if (IMPOSSIBLE_INITIALS.has(letters[0])) return false;
  // Case shape: lower, Capitalized or UPPER. A case flip inside a word is the mark of the wrong KOI8/1251 table.
  const tail = letters.slice(1).filter((ch) => LETTERS.has(ch));
  const tailUpper = tail.filter(isUpper).length;
  if (tailUpper !== 0 && tailUpper !== tail.length) return false;
  if (tailUpper > 0 && !isUpper(letters[0])) return false;
  return letters.length <= VOWELLESS_MAX_LETTERS || letters.some((ch) => VOWELS.has(ch));
}

export interface Plausibility {
  /** Words holding any non-ASCII character. */
  words: number;
  /** Of those, the ones that read as Cyrillic words. */
  plausible: number;
  /** plausible / words, 0 when there are no such words. */
  share: number;
  /** Share of COMMON_CYRILLIC_LETTERS among the Cyrillic letters, 0 when there are none. */
  commonLetters: number;
  /** share × commonLetters: what candidate charsets are ranked by. */
  score: number;
}

/** Share of the Cyrillic letters of `text` that are among COMMON_CYRILLIC_LETTERS (case-folded). */
export function commonLetterShare(text: string): number {
  let letters = 0;
  let common = 0;
  for (const ch of text.toLowerCase()) {
    if (ch < "\u0400" || ch > "\u04ff") continue;
    letters++;
    if (COMMON_LETTERS.has(ch)) common++;
  }
  return letters === 0 ? 0 : common / letters;
}

/** Score a decoded text: the share of its non-ASCII words that are plausible Cyrillic words, times the common-letter share. */
export function cyrillicPlausibility(text: string): Plausibility {
  let words = 0;
  let plausible = 0;
  // Markup and ASCII punctuation or digits separate words (`<p>Привіт</p>`, `слово,слово`); ASCII letters
  // stay inside tokens, so a Latin-Cyrillic mix still reads as implausible.
  for (const token of text.replace(/<[^>]*>/g, " ").split(WORD_SEPARATORS)) {
    if (!/[^\x00-\x7f]/.test(token)) continue;
    const word = token.replace(WRAPPING_PUNCTUATION, "");
    // Pure punctuation (a lone dash or quote) is neither evidence for nor against.
    if (word === "" || !/[^\x00-\x7f]/.test(word)) continue;
    words++;
    if (isPlausibleCyrillicWord(word)) plausible++;
  }
  const share = words === 0 ? 0 : plausible / words;
  const commonLetters = commonLetterShare(text);
  return { words, plausible, share, commonLetters, score: share * commonLetters };
}
