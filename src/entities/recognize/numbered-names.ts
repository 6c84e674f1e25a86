// Names that open with a number ("24 Канал", "5 Kanal", "1+1"), common for media outlets: a
// one-word name found right after a short number takes the number into the span and is read as an
// organization (the model alone finds "Канал" and reads it as a place).

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/** Longest number that opens a name (digits); longer ones are years or counts ("2022 Ukraine"). */
export const MAX_NAME_NUMBER_DIGITS = 3;

/** A short number, or two joined by a plus sign ("1+1"), as one or three tokens ending at token `end - 1`. */
function numberTokensBefore(tokens: readonly RecToken[], at: number): number {
  const isShortNumber = (t: RecToken | undefined) =>
    t !== undefined && t.surface.length <= MAX_NAME_NUMBER_DIGITS && /^\p{Nd}+$/u.test(t.surface);
  const last = tokens[at - 1];
  if (!isShortNumber(last)) return 0;
  const plus = tokens[at - 2];
  const first = tokens[at - 3];
  if (plus?.surface === "+" && plus.start === first?.end && plus.end === last?.start && isShortNumber(first)) return 3;
  return 1;
}

/** The one-word span is a name word that opens with a capital letter (not a person: "3 Путіна" is a count). */
function isNumberedNameCandidate(span: RecognizedSpan): boolean {
  if (span.tokenEnd - span.tokenStart !== 1 || span.type === "PER") return false;
  const first = span.surface[0] ?? "";
  return first !== first.toLowerCase();
}

/** Spans with the short number right before them (one space, same sentence) taken in, as ORG (PRO stays PRO). */
export function joinNumberedNames(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  const taken = new Set<number>();
  for (const s of spans) for (let i = s.tokenStart; i < s.tokenEnd; i++) taken.add(i);
  return spans.map((s) => {
    if (!isNumberedNameCandidate(s) || tokens[s.tokenStart]?.sentenceStart) return s;
    const n = numberTokensBefore(tokens, s.tokenStart);
    if (n === 0) return s;
    const from = s.tokenStart - n;
    const number = tokens[from];
    const gap = text.slice(tokens[s.tokenStart - 1]?.end ?? 0, s.start);
    if (!number || gap !== " " || taken.has(s.tokenStart - 1)) return s;
    for (let i = from + 1; i <= s.tokenStart; i++) if (tokens[i]?.sentenceStart) return s;
    const type = s.type === "PRO" ? "PRO" : "ORG";
    return { ...s, start: number.start, surface: text.slice(number.start, s.end), type, tokenStart: from };
  });
}
