// Firms named after partners are written with an ampersand ("Johnson & Johnson", "Procter & Gamble",
// "Ernst&Young", "S&P"). The tokenizer splits at the "&", and the model finds the parts as two names,
// or as a surname ("Johnson" PER). Names on both sides of an ampersand, with at most one space around it,
// are one organization.

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const isCapitalized = (s: string) => /^\p{Lu}/u.test(s);

/** Spans and capitalized words joined by "&" become one ORG span (the first span's score). */
export function joinAmpersandNames(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  if (!text.includes("&")) return spans;
  const spanAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = Math.max(0, s.tokenStart); i < s.tokenEnd; i++) spanAt[i] = k;
  });
  const merged = new Set<number>();
  const out: RecognizedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    if (merged.has(k)) continue;
    const s = spans[k] as RecognizedSpan;
    let end = s.tokenEnd;
    while (s.tokenStart >= 0 && end + 1 < tokens.length) {
      const amp = tokens[end] as RecToken;
      const next = tokens[end + 1] as RecToken;
      const before = tokens[end - 1] as RecToken;
      if (amp.surface !== "&" || amp.start - before.end > 1 || next.start - amp.end > 1 || !isCapitalized(next.surface)) break;
      if (/[\n\r]/u.test(text.slice(before.end, next.start))) break;
      const other = spanAt[end + 1] as number;
      if (other >= 0) {
        const o = spans[other] as RecognizedSpan;
        if (o.tokenStart !== end + 1) break;
        merged.add(other);
        end = o.tokenEnd;
      } else end += 2;
    }
    if (end === s.tokenEnd) {
      out.push(s);
      continue;
    }
    const last = tokens[end - 1] as RecToken;
    out.push({ ...s, type: "ORG", end: last.end, surface: text.slice(s.start, last.end), tokenEnd: end, source: "rule" });
  }
  return out;
}
