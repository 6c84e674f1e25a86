// Names never run across a bracket: "Световната търговска организация (СТО)" is a name and its
// abbreviation, two mentions, and "Lufthansa)" ends at the word. The model, labelling token by token,
// sometimes carries a name through the bracket; the pieces between brackets are the mentions.

import type { RecognizedSpan } from "./recognize.ts";
import { cutSpan } from "./span-cuts.ts";
import type { RecToken } from "./tokenize.ts";

const BRACKETS = new Set(["(", ")", "[", "]"]);
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Spans holding a bracket token, cut at it into the pieces with a word in them (each keeps the type). */
export function splitAtBrackets(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  return spans.flatMap((s) =>
    s.tokenStart < 0 || !/[()[\]]/.test(s.surface)
      ? [s]
      : cutSpan(
          text,
          tokens,
          s,
          (t) => BRACKETS.has(t),
          (piece) => HAS_WORD.test(piece),
          false,
        ),
  );
}
