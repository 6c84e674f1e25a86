// eld (Efficient Language Detector, Apache-2.0, bundled n-gram tables; the medium table: as accurate here as the
// large one, faster, and half the start-up) wrapped to give raw per-language scores.

import { eld } from "eld/medium";

/** The languages eld knows (ISO 639-1). */
export const ELD_LANGS: ReadonlySet<string> = new Set(Object.values(eld.info().Languages));

/** eld reads at most this many bytes of UTF-8 (its own cut); we pass no more than this many characters. */
export const ELD_INPUT_CHARS = 1000;
/** eld's own scale constant: its 0–1 score is s = x / (x + 25), x the mean n-gram score. */
const ELD_SCALE = 25;
/** eld stops after about 380 bytes; its n-grams are 4 bytes with a 3-byte stride. */
const ELD_MAX_BYTES = 380;
const ELD_BYTES_PER_NGRAM = 3;

export interface EldScores {
  /** Summed n-gram score per language (mean score × estimated n-gram count): differences are evidence. */
  raw: Map<string, number>;
  /** eld's own pick, or "" when it had nothing. */
  top: string;
}

/** Runs eld on the start of `text` and turns its scaled scores back into summed n-gram scores. */
export function eldScores(text: string): EldScores {
  const input = text.length > ELD_INPUT_CHARS ? text.slice(0, ELD_INPUT_CHARS) : text;
  const result = eld.detect(input);
  const raw = new Map<string, number>();
  if (!result.language) return { raw, top: "" };
  const ngrams = Math.max(1, Math.min(utf8Bytes(input), ELD_MAX_BYTES) / ELD_BYTES_PER_NGRAM);
  for (const [lang, s] of Object.entries(result.getScores())) {
    const mean = s >= 1 ? 1e6 : (ELD_SCALE * s) / (1 - s);
    raw.set(lang, mean * ngrams);
  }
  return { raw, top: result.language };
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}
