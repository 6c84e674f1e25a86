// Detecting the legacy Cyrillic charsets (windows-1251, KOI8-R, KOI8-U, ISO-8859-5, IBM866) behind bytes that
// are not UTF-8: chardet proposes, the decoded text's plausibility decides, KOI8-U is told from KOI8-R by its letters.

import chardet from "chardet";
import iconv from "iconv-lite";
import { canonicalCharset } from "./charset-label.ts";
import { cyrillicPlausibility } from "./cyrillic-plausibility.ts";

/** The Cyrillic charsets tried, in the order that breaks ties (the most common on the web first). */
export const CYRILLIC_CHARSETS = ["windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "ibm866"] as const;
export type CyrillicCharset = (typeof CYRILLIC_CHARSETS)[number];

/** Detection looks at this much of the input (chardet's own default sample is 32 KB). */
export const DETECT_SAMPLE_BYTES = 64 * 1024;
/**
 * A Cyrillic decoding is accepted when its plausibility score (plausible-word share × common-letter share) is at
 * least this. Right decodings of running text score 0.75–0.95, wrong tables 0.0–0.55.
 */
export const MIN_PLAUSIBILITY_SCORE = 0.5;
/** …and there are at least this many non-ASCII words to judge by. */
export const MIN_JUDGED_WORDS = 2;

/** Bytes where KOI8-U has є і ї ґ Є І Ї Ґ and KOI8-R has box-drawing characters. */
const KOI8U_UKRAINIAN_BYTES = new Set([0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd]);
/** A KOI8-U letter position counts when it sits between KOI8 letters (0xc0–0xff), as inside a word. */
function isKoi8Letter(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0xc0;
}

/** KOI8-U, not KOI8-R: the Ukrainian letters' positions occur next to letters, i.e. inside words. */
export function hasKoi8uUkrainianLetters(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (KOI8U_UKRAINIAN_BYTES.has(bytes[i]) && (isKoi8Letter(bytes[i - 1]) || isKoi8Letter(bytes[i + 1]))) return true;
  }
  return false;
}

export interface CharsetGuess {
  charset: string;
  /** Plausibility score of the decoding (Cyrillic), or chardet's confidence / 100 otherwise. */
  score: number;
}

function chardetNames(sample: Uint8Array): string[] {
  return chardet.analyse(sample).map((m) => m.name.toLowerCase());
}

/**
 * The Cyrillic charset that decodes `bytes` into the most plausible text, or undefined when none reads as Cyrillic.
 * 1. decode a sample with each candidate and score its plausibility (cyrillic-plausibility.ts);
 * 2. keep the best score (ties: chardet's order, then CYRILLIC_CHARSETS order);
 * 3. KOI8-R and KOI8-U differ only in the Ukrainian letters: KOI8-U when they occur inside words.
 */
export function detectCyrillic(
  bytes: Uint8Array,
  chardetOrder: string[] = chardetNames(bytes.subarray(0, DETECT_SAMPLE_BYTES)),
): CharsetGuess | undefined {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DETECT_SAMPLE_BYTES));
  const rank = (charset: string) => {
    const i = chardetOrder.indexOf(charset);
    return i === -1 ? chardetOrder.length + CYRILLIC_CHARSETS.indexOf(charset as CyrillicCharset) : i;
  };
  let best: { charset: CyrillicCharset; score: number; words: number } | undefined;
  for (const charset of [...CYRILLIC_CHARSETS].sort((a, b) => rank(a) - rank(b))) {
    const { score, words } = cyrillicPlausibility(iconv.decode(sample, charset));
    if (!best || score > best.score) best = { charset, score, words };
  }
  if (!best || best.words < MIN_JUDGED_WORDS || best.score < MIN_PLAUSIBILITY_SCORE) return undefined;
  if (best.charset === "koi8-r" || best.charset === "koi8-u") {
    return { charset: hasKoi8uUkrainianLetters(sample) ? "koi8-u" : "koi8-r", score: best.score };
  }
  return { charset: best.charset, score: best.score };
}

/** chardet's best guess that iconv-lite can decode, with its confidence in [0, 1]. */
export function detectOther(bytes: Uint8Array): CharsetGuess | undefined {
  for (const match of chardet.analyse(bytes.subarray(0, DETECT_SAMPLE_BYTES))) {
    if (match.confidence > 0 && iconv.encodingExists(match.name)) {
      return { charset: canonicalCharset(match.name) ?? match.name.toLowerCase(), score: match.confidence / 100 };
    }
  }
  return undefined;
}

/** Whether a charset is one of the Cyrillic family judged by plausibility. */
export function isCyrillicCharset(charset: string): charset is CyrillicCharset {
  return (CYRILLIC_CHARSETS as readonly string[]).includes(charset);
}
