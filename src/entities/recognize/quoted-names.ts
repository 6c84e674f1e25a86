// Names written with quotation marks ("Информационна агенция "Фокус"", «Северного потока-2»): the
// guidelines take the closing mark into the name when the opening one is inside it, but the model
// often stops at the last word, as a quotation mark is mostly outside names. A span holding an
// unclosed quotation mark takes the mark written right after it, or else loses a stray one at its edge. Where the annotators took quoted
// names with both marks (learned per language and type), a span between two marks takes them.

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const QUOTES = new Set(['"', "«", "»", "„", "“", "”", "‚", "‘", "’"]);

/** True for a token that is one quotation mark. */
export function isQuote(surface: string | undefined): boolean {
  return surface !== undefined && QUOTES.has(surface);
}

function quoteCount(s: string): number {
  let n = 0;
  for (const ch of s) if (QUOTES.has(ch)) n++;
  return n;
}

/**
 * Spans with an odd number of quotation marks, followed at once by one, are closed with it. Otherwise a
 * stray mark at the span's edge goes: the model took the closing mark of "Газпром»" without its opening one.
 */
export function closeQuotedNames(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  return spans.map((s) => {
    if (quoteCount(s.surface) % 2 === 0) return s;
    const next = tokens[s.tokenEnd];
    if (next && next.start === s.end && QUOTES.has(next.surface) && !next.sentenceStart)
      return { ...s, end: next.end, surface: text.slice(s.start, next.end), tokenEnd: s.tokenEnd + 1 };
    if (s.tokenEnd - s.tokenStart < 2) return s;
    const last = tokens[s.tokenEnd - 1];
    const first = tokens[s.tokenStart];
    if (isQuote(last?.surface)) {
      const end = tokens[s.tokenEnd - 2]?.end ?? s.end;
      return { ...s, end, surface: text.slice(s.start, end), tokenEnd: s.tokenEnd - 1 };
    }
    if (isQuote(first?.surface)) {
      const start = tokens[s.tokenStart + 1]?.start ?? s.start;
      return { ...s, start, surface: text.slice(start, s.end), tokenStart: s.tokenStart + 1 };
    }
    return s;
  });
}

/**
 * Where the training data's annotators took quoted names with their marks (`model.quoted`: `lang TYPE`
 * pairs), a span of that type written right between two quotation marks takes them.
 */
export function wrapQuotedNames(
  text: string,
  tokens: readonly RecToken[],
  spans: RecognizedSpan[],
  lang: string,
  quoted: readonly string[] | undefined,
): RecognizedSpan[] {
  if (!quoted || quoted.length === 0) return spans;
  return spans.map((s) => {
    if (!quoted.includes(`${lang} ${s.type}`) || quoteCount(s.surface) > 0) return s;
    const before = tokens[s.tokenStart - 1];
    const after = tokens[s.tokenEnd];
    if (!before || !after || before.end !== s.start || after.start !== s.end || !isQuote(before.surface) || !isQuote(after.surface))
      return s;
    return {
      ...s,
      start: before.start,
      end: after.end,
      surface: text.slice(before.start, after.end),
      tokenStart: s.tokenStart - 1,
      tokenEnd: s.tokenEnd + 1,
    };
  });
}
