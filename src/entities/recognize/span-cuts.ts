// Cutting a span into pieces at some of its tokens: shared by the rules that find where the model ran a
// name on too far (brackets.ts, script-seams.ts).

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * The pieces of `s` between its tokens that `isCut` accepts (the cut tokens left out), each kept where
 * `keep` accepts its surface, with the span's other fields. `trimEdges` leaves punctuation at a piece's
 * edges out too.
 */
export function cutSpan(
  text: string,
  tokens: readonly RecToken[],
  s: RecognizedSpan,
  isCut: (surface: string) => boolean,
  keep: (surface: string) => boolean,
  trimEdges: boolean,
): RecognizedSpan[] {
  const pieces: RecognizedSpan[] = [];
  let from = s.tokenStart;
  for (let i = s.tokenStart; i <= s.tokenEnd; i++) {
    if (i < s.tokenEnd && !isCut(tokens[i]?.surface ?? "")) continue;
    let first = from;
    let last = i - 1;
    if (trimEdges) {
      while (first <= last && !WORD_OR_NUMBER.test(tokens[first]?.surface ?? "")) first++;
      while (last >= first && !WORD_OR_NUMBER.test(tokens[last]?.surface ?? "")) last--;
    }
    const a = tokens[first];
    const b = tokens[last];
    if (first <= last && a && b) {
      const surface = text.slice(a.start, b.end);
      if (keep(surface)) pieces.push({ ...s, start: a.start, end: b.end, surface, tokenStart: first, tokenEnd: last + 1 });
    }
    from = i + 1;
  }
  return pieces;
}
