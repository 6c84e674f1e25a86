// Common-noun phrases are not names. A span that opens with a small letter and is an organization of
// two words or more ("британското правителство", "brytyjski rząd", "митническия съюз") or a place of one
// word ("еврозоната", "srednje") describes a body or an area rather than naming it. The guidelines
// annotate names; a few annotators also mark such descriptions, but over the six held-out topics only
// 30% of the organization phrases (158 of 530) and 13% of the one-word places (6 of 48) the model
// found were in the gold, far below the half of F1 a span must reach to be worth keeping. One-word
// organizations ("dpa", "easyJet"), lowercase people (demonyms, party members), events ("brexit",
// "коронавирус") and products are kept: most of them are annotated.

import type { RecognizedSpan } from "./recognize.ts";

/** Opening quotation marks skipped before the first letter. */
const OPENING_MARKS = /^[«"„“‘'(]+/u;

/**
 * True when the first word of `surface` is written in small letters only (a brand's camel case, "easyJet",
 * "iPhone", is a name's spelling, not a description's).
 */
export function opensInLowercase(surface: string): boolean {
  const word = surface.replace(OPENING_MARKS, "").split(/[\s-]/u)[0] ?? "";
  const first = word.charAt(0);
  return first !== first.toUpperCase() && word === word.toLowerCase();
}

/** A span that describes rather than names: a lowercase organization phrase or a lowercase one-word place. */
export function isDescription(span: RecognizedSpan): boolean {
  if (!opensInLowercase(span.surface)) return false;
  const words = span.tokenEnd - span.tokenStart;
  return (span.type === "ORG" && words >= 2) || (span.type === "LOC" && words === 1);
}

/** `spans` without the descriptions. */
export function dropDescriptions(spans: RecognizedSpan[]): RecognizedSpan[] {
  return spans.some(isDescription) ? spans.filter((s) => !isDescription(s)) : spans;
}
