// A name written in Latin letters in Cyrillic text ends where a lowercase Cyrillic word starts: the
// model, reading capitalized Latin words as one run, carries a span on through the sentence around them
// ("Ryanair авиакомпания", "Pfizer или Moderna", "брендом Covishield", "Voting Systems съди Fox News").
// Such a span is cut at its lowercase Cyrillic words into the pieces with a capital letter in them (each
// keeps the type); punctuation at a piece's edges is left out.

import type { RecognizedSpan } from "./recognize.ts";
import { cutSpan } from "./span-cuts.ts";
import type { RecToken } from "./tokenize.ts";

const LATIN_CAPITAL = /^\p{Script=Latin}*\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAS_CAPITAL = /\p{Lu}/u;

function isLowercaseCyrillic(surface: string): boolean {
  return LOWER_FIRST.test(surface) && CYRILLIC.test(surface);
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
    return cutSpan(text, tokens, s, isLowercaseCyrillic, (piece) => HAS_CAPITAL.test(piece), true).map((p) => ({ ...p, source: "rule" }));
  });
}
