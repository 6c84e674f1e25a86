// How much a decoded text looks like real Cyrillic writing: the evidence that picks one of the legacy
// Cyrillic charsets when several decode the same bytes without error (they always do: all are single-byte).

/** Letters of the Cyrillic alphabets crossnews reads (ru, uk, be, bg, sr, mk), both cases. */
const CYRILLIC_LETTER =
  /^[\u0410-\u044f\u0401\u0451\u0404\u0454\u0406\u0456\u0407\u0457\u0490\u0491\u040e\u045e\u0402\u0452\u0408\u0458\u0409\u0459\u040a\u045a\u040b\u045b\u040f\u045f\u0403\u0453\u040c\u045c\u0405\u0455]$/u;
const CYRILLIC_VOWEL = /[аеиоуыэюяёіїєўАЕИОУЫЭЮЯЁІЇЄЎ]/u;
/** Characters allowed inside a word besides letters: hyphen and the apostrophes Ukrainian and Belarusian write. */
const WORD_INNER = /^[-'’ʼ]$/u;
/** Punctuation that may wrap a word: quotes, brackets, dashes, ellipsis, sentence marks. */
const WRAPPING_PUNCTUATION = /^[«»„“”‘’"'()[\]{}.,;:!?…—–-]+|[«»„“”‘’"'()[\]{}.,;:!?…—–-]+$/gu;
/** Whitespace, and ASCII characters other than letters. */
const WORD_SEPARATORS = /[\s\u00a0!-@[-`{-~]+/u;
/** Letters a Cyrillic word never starts with. */
const IMPOSSIBLE_INITIAL = /^[ЪЬЫъьы]/u;

/** Words of at least this many letters must hold a vowel to count as plausible. */
export const VOWELLESS_MAX_LETTERS = 3;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** A plausible word: only Cyrillic letters (and inner hyphens/apostrophes), usual case shape, a vowel when long. */
export function isPlausibleCyrillicWord(word: string): boolean {
  const letters = [...word];
  if (letters.length === 0) return false;
  if (!letters.every((ch, i) => CYRILLIC_LETTER.test(ch) || (i > 0 && i < letters.length - 1 && WORD_INNER.test(ch)))) return false;
  if (IMPOSSIBLE_INITIAL.test(word)) return false;
  // Case shape: lower, Capitalized or UPPER. A case flip inside a word is the mark of the wrong KOI8/1251 table.
  const tail = letters.slice(1).filter((ch) => CYRILLIC_LETTER.test(ch));
  const tailUpper = tail.filter(isUpper).length;
  if (tailUpper !== 0 && tailUpper !== tail.length) return false;
  if (tailUpper > 0 && !isUpper(letters[0])) return false;
  return letters.length <= VOWELLESS_MAX_LETTERS || CYRILLIC_VOWEL.test(word);
}

/**
 * The most frequent letters of running Russian, Ukrainian and Bulgarian text (together about 80–90% of letters).
 * A decoding through the wrong table maps them onto rarer letters, so their share drops to 0.2–0.7.
 */
export const COMMON_CYRILLIC_LETTERS = new Set([..."оеаинтсрвлкмдпуіяы"]);

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
    if (COMMON_CYRILLIC_LETTERS.has(ch)) common++;
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
