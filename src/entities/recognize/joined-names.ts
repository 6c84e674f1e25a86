// Two names written side by side read as one: "министър за Брекзит Дейвид Дейвис", "преговарящ за
// Брекзит Мишел Барние". The sequence model joins a run of capitalized words into one span; the document
// itself shows the seam when both halves stand alone elsewhere in it, the first half as a name of
// another type ("Брекзит", EVT) and the second as a name of the joined span's type ("Дейвид Дейвис").

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/**
 * Types the first name may have. Not places: a person's first name is often a place's too ("Asia
 * Bibi", with "Asia" alone read as the continent), and a place before a name is mostly one name
 * ("London Heathrow").
 */
const SEPARATE_LEFT_TYPES: ReadonlySet<string> = new Set(["EVT", "ORG", "PRO"]);

/** Longest joined span (tokens) the rule splits: longer runs are titles and lists, not two names. */
export const MAX_JOINED_TOKENS = 6;

/**
 * Each span of two or more tokens that is two names of the document side by side, split at the seam:
 * the first part standing alone elsewhere with another type (it keeps that type), the second standing
 * alone elsewhere with the span's own type. By exact surface: both halves must be written so elsewhere.
 */
export function splitJoinedNames(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  if (spans.length < 3) return spans;
  // Types each surface has as a span of its own.
  const typesOf = new Map<string, Set<string>>();
  for (const s of spans) {
    let types = typesOf.get(s.surface);
    if (types === undefined) {
      types = new Set();
      typesOf.set(s.surface, types);
    }
    types.add(s.type);
  }
  const out: RecognizedSpan[] = [];
  for (const s of spans) {
    const len = s.tokenEnd - s.tokenStart;
    const seam = s.type === "PER" && len >= 2 && len <= MAX_JOINED_TOKENS ? findSeam(text, tokens, s, typesOf) : undefined;
    if (seam === undefined) {
      out.push(s);
      continue;
    }
    const left = tokens[seam.at - 1] as RecToken;
    const right = tokens[seam.at] as RecToken;
    out.push(
      { ...s, end: left.end, surface: text.slice(s.start, left.end), type: seam.leftType, tokenEnd: seam.at, source: "consistency" },
      { ...s, start: right.start, surface: text.slice(right.start, s.end), tokenStart: seam.at, source: "consistency" },
    );
  }
  return out;
}

function findSeam(
  text: string,
  tokens: readonly RecToken[],
  s: RecognizedSpan,
  typesOf: ReadonlyMap<string, ReadonlySet<string>>,
): { at: number; leftType: RecognizedSpan["type"] } | undefined {
  for (let at = s.tokenStart + 1; at < s.tokenEnd; at++) {
    const left = tokens[at - 1] as RecToken;
    const right = tokens[at] as RecToken;
    // Only at a plain space: a hyphen, dot or quotation mark between the parts belongs to one name.
    if (text.slice(left.end, right.start) !== " ") continue;
    const leftTypes = typesOf.get(text.slice(s.start, left.end));
    if (leftTypes === undefined || leftTypes.has(s.type) || leftTypes.size !== 1) continue;
    const [leftType] = leftTypes as Iterable<RecognizedSpan["type"]>;
    if (!SEPARATE_LEFT_TYPES.has(leftType as string)) continue;
    return { at, leftType };
  }
  return undefined;
}
