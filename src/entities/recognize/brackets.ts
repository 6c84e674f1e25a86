// Names never run across a bracket: "Световната търговска организация (СТО)" is a name and its
// abbreviation, two mentions, and "Lufthansa)" ends at the word. The model, labelling token by token,
// sometimes carries a name through the bracket; the pieces between brackets are the mentions.

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const BRACKETS = new Set(["(", ")", "[", "]"]);
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Spans holding a bracket token, cut at it into the pieces with a word in them (each keeps the type). */
export function splitAtBrackets(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  return spans.flatMap((s) => {
    if (s.tokenStart < 0 || !/[()[\]]/.test(s.surface)) return [s];
    const pieces: RecognizedSpan[] = [];
    let from = s.tokenStart;
    for (let i = s.tokenStart; i <= s.tokenEnd; i++) {
      if (i < s.tokenEnd && !BRACKETS.has(tokens[i]?.surface ?? "")) continue;
      const first = tokens[from];
      const last = tokens[i - 1];
      if (i > from && first && last) {
        const surface = text.slice(first.start, last.end);
        if (HAS_WORD.test(surface)) pieces.push({ ...s, start: first.start, end: last.end, surface, tokenStart: from, tokenEnd: i });
      }
      from = i + 1;
    }
    return pieces;
  });
}
