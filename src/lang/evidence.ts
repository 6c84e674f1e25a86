// The detector's cheap evidence, gathered in one pass over a stretch of text: letters per script,
// the Cyrillic letters that tell languages apart, and function-word hits per language.

import { FUNCTION_WORD_INDEX, FW_LANGS, MODEL_LETTERS } from "./profiles.ts";
import { SCRIPTS, scriptIndexOf } from "./scripts.ts";

/** Most characters of one stretch the cheap pass reads; the rest adds nothing a news article needs. */
export const MAX_EVIDENCE_CHARS = 100_000;
/** Longest token looked up as a function word (longer runs, e.g. one repeated letter, are skipped). */
const MAX_FUNCTION_WORD_CHARS = 12;

/** Cyrillic block U+0400–U+052F → MODEL_LETTERS slot, or the "other" slot. */
const CYRILLIC_FIRST = 0x400;
const CYRILLIC_SLOT = buildCyrillicSlots();

function buildCyrillicSlots(): Int16Array {
  const slots = new Int16Array(0x530 - CYRILLIC_FIRST).fill(MODEL_LETTERS.length);
  MODEL_LETTERS.forEach((c, i) => {
    slots[c.charCodeAt(0) - CYRILLIC_FIRST] = i;
  });
  return slots;
}

/** Script index with fast paths for ASCII and the Cyrillic block. */
function scriptOf(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (code >= 0x400 && code <= 0x52f) return code <= 0x482 || code >= 0x48a ? 2 : 0;
  return scriptIndexOf(code);
}

export interface Evidence {
  /** Letters (any script) seen. */
  letters: number;
  /** Letters per script, indexed like SCRIPTS. */
  scripts: Int32Array;
  /** Cyrillic letters per MODEL_LETTERS slot; the last slot counts all other Cyrillic letters. */
  cyrillic: Int32Array;
  /** Function-word hits per FW_LANGS index. */
  functionWords: Float64Array;
  /** Words seen. */
  words: number;
  /** Latin letters with diacritics, by character (for the Latin-language markers). */
  latinMarks: Map<string, number>;
  /** Distinct letters seen, counted up to 3 (a run of one repeated letter tells no language). */
  distinctLetters: number;
}

export function emptyEvidence(): Evidence {
  return {
    letters: 0,
    scripts: new Int32Array(SCRIPTS.length),
    cyrillic: new Int32Array(MODEL_LETTERS.length + 1),
    functionWords: new Float64Array(FW_LANGS.length),
    words: 0,
    latinMarks: new Map(),
    distinctLetters: 0,
  };
}

/** Adds `b` into `a` (for summing paragraphs into a document). */
export function addEvidence(a: Evidence, b: Evidence): void {
  a.letters += b.letters;
  a.distinctLetters = Math.max(a.distinctLetters, b.distinctLetters);
  a.words += b.words;
  for (let i = 0; i < a.scripts.length; i++) a.scripts[i] += b.scripts[i];
  for (let i = 0; i < a.cyrillic.length; i++) a.cyrillic[i] += b.cyrillic[i];
  for (let i = 0; i < a.functionWords.length; i++) a.functionWords[i] += b.functionWords[i];
  for (const [c, n] of b.latinMarks) a.latinMarks.set(c, (a.latinMarks.get(c) ?? 0) + n);
}

/** One pass over `text` (already lowercased by the caller or not: it is lowercased here). */
export function gatherEvidence(text: string): Evidence {
  const ev = emptyEvidence();
  const lower = (text.length > MAX_EVIDENCE_CHARS ? text.slice(0, MAX_EVIDENCE_CHARS) : text).toLowerCase();
  let wordStart = -1;
  let seenA = -1;
  let seenB = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const script = scriptOf(code);
    if (script !== 0) {
      ev.letters++;
      ev.scripts[script]++;
      if (ev.distinctLetters < 3 && code !== seenA && code !== seenB) {
        ev.distinctLetters++;
        if (seenA < 0) seenA = code;
        else seenB = code;
      }
      if (script === 2) {
        ev.cyrillic[CYRILLIC_SLOT[code - CYRILLIC_FIRST]]++;
      } else if (script === 1 && code >= 0xc0) {
        const c = lower[i];
        ev.latinMarks.set(c, (ev.latinMarks.get(c) ?? 0) + 1);
      }
      if (wordStart < 0) wordStart = i;
      continue;
    }
    // Apostrophes inside a word (Ukrainian м'ята, English don't) do not end it.
    if (
      wordStart >= 0 &&
      (code === 0x27 || code === 0x2019 || code === 0x2bc) &&
      i + 1 < lower.length &&
      scriptIndexOf(lower.charCodeAt(i + 1)) !== 0
    ) {
      continue;
    }
    if (wordStart >= 0) {
      ev.words++;
      if (i - wordStart <= MAX_FUNCTION_WORD_CHARS) {
        const langs = FUNCTION_WORD_INDEX.get(lower.slice(wordStart, i));
        if (langs) for (const l of langs) ev.functionWords[l]++;
      }
      wordStart = -1;
    }
  }
  return ev;
}

/** Index (into SCRIPTS) of the script with most letters, or 0 (`other`) when there are none. */
export function dominantScript(ev: Evidence): number {
  let best = 0;
  for (let i = 1; i < ev.scripts.length; i++) if (ev.scripts[i] > ev.scripts[best]) best = i;
  return ev.scripts[best] > 0 ? best : 0;
}
