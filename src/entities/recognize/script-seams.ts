// A name written in Latin letters in Cyrillic text ends where a lowercase Cyrillic word starts: the
// model, reading capitalized Latin words as one run, carries a span on through the sentence around them
// ("Ryanair авиакомпания", "Pfizer или Moderna", "брендом Covishield", "Voting Systems съди Fox News").
// Such a span is cut at its lowercase Cyrillic words into the pieces with a capital letter in them (each
// keeps the type); punctuation at a piece's edges is left out.

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const LATIN_CAPITAL = /^\p{Script=Latin}*\p{Lu}/u;
const CYRILLIC_LOWER = /^\p{Ll}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_CAPITAL = /\p{Lu}/u;
const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;

function isLowercaseCyrillic(surface: string): boolean {
  return CYRILLIC_LOWER.test(surface) && CYRILLIC.test(surface);
}

/** Spans holding a capitalized Latin word and a lowercase Cyrillic one, cut at the Cyrillic words. */
export function splitAtScriptSeams(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  return spans.flatMap((s) => {
    if (s.tokenStart < 0 || s.tokenEnd - s.tokenStart < 2) return [s];
    let latin = false;
    let cyrillic = false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const surface = tokens[i]?.surface ?? "";
      if (LATIN_CAPITAL.test(surface) && !CYRILLIC.test(surface)) latin = true;
      else if (isLowercaseCyrillic(surface)) cyrillic = true;
    }
    if (!latin || !cyrillic) return [s];
    const pieces: RecognizedSpan[] = [];
    let from = s.tokenStart;
    for (let i = s.tokenStart; i <= s.tokenEnd; i++) {
      if (i < s.tokenEnd && !isLowercaseCyrillic(tokens[i]?.surface ?? "")) continue;
      let first = from;
      let last = i - 1;
      while (first <= last && !WORD_OR_NUMBER.test(tokens[first]?.surface ?? "")) first++;
      while (last >= first && !WORD_OR_NUMBER.test(tokens[last]?.surface ?? "")) last--;
      const a = tokens[first];
      const b = tokens[last];
      if (first <= last && a && b) {
        const surface = text.slice(a.start, b.end);
        if (HAS_CAPITAL.test(surface))
          pieces.push({ ...s, start: a.start, end: b.end, surface, tokenStart: first, tokenEnd: last + 1, source: "rule" });
      }
      from = i + 1;
    }
    return pieces;
  });
}
