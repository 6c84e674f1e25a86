// Names written with quotation marks ("Информационна агенция "Фокус"", «Северного потока-2»): the
// guidelines take the closing mark into the name when the opening one is inside it, but the model
// often stops at the last word, as a quotation mark is mostly outside names. A span holding an
// unclosed quotation mark takes the mark written right after it.

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const QUOTES = new Set(['"', "«", "»", "„", "“", "”", "‚", "‘", "’"]);

function quoteCount(s: string): number {
  let n = 0;
  for (const ch of s) if (QUOTES.has(ch)) n++;
  return n;
}

/** Spans with an odd number of quotation marks, followed at once by one, are closed with it. */
export function closeQuotedNames(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  return spans.map((s) => {
    const next = tokens[s.tokenEnd];
    if (!next || next.start !== s.end || !QUOTES.has(next.surface) || next.sentenceStart) return s;
    if (quoteCount(s.surface) % 2 === 0) return s;
    return { ...s, end: next.end, surface: text.slice(s.start, next.end), tokenEnd: s.tokenEnd + 1 };
  });
}
