// The article body of a scraped page as its densest contiguous run of lines (after Finn's Body Text
// Extraction: maximize body characters inside minus furniture outside), then the teasers inside it dropped.

import type { LineKind } from "./line-kinds.ts";
import { isHeadlineLike } from "./line-kinds.ts";
import type { PageLine } from "./lines.ts";
import { readAlsoLabelLength } from "./markers.ts";

/** Cost of a heading-shaped line per character: it may sit inside the body but never starts or ends it. */
export const HEADING_COST_PER_CHAR = 0.5;
/** Least cost of a heading-shaped line, in characters. */
export const MIN_HEADING_COST_CHARS = 20;
/** Least cost of a furniture line (links, labels, contacts), in characters. */
export const MIN_FURNITURE_COST_CHARS = 40;
/** Gain of a short sentence per character: body, but weak evidence alone. */
export const SENTENCE_GAIN_PER_CHAR = 0.5;
/** Cost of a label that closes the article (comments, share, tags): the body does not run across it. */
export const SECTION_END_COST_CHARS = 1000;
/** Cost of a bare "Read also" label (a list of links follows it); a label with its headline costs as furniture. */
export const READ_ALSO_LABEL_COST_CHARS = 300;
/** Cost per character of a "Read also" line with its headline (inline between paragraphs). */
export const INLINE_TEASER_COST_PER_CHAR = 0.5;
/** Lines repeated on the page (a title shown twice, teaser headline and its link) cost this much more. */
export const REPEAT_EXTRA_COST_CHARS = 40;
/** Shortest line counted as repeated, in characters. */
export const MIN_REPEAT_CHARS = 12;
/** Shortest word stem that ties a heading to the text under it, in letters. */
export const STEM_CHARS = 5;
/** How many body lines under a heading (up to the next heading) are read for words it shares. */
export const RELATED_TEXT_LINES = 1;

export interface ClassifiedLine {
  line: PageLine;
  kind: LineKind;
  repeated: boolean;
}

function furnitureCost(c: ClassifiedLine): number {
  return -Math.max(MIN_FURNITURE_COST_CHARS, c.line.text.length);
}

/** The line's weight as body evidence: body characters count for, furniture against. */
export function lineWeight(c: ClassifiedLine): number {
  const n = c.line.text.length;
  if (c.repeated) return -(n + REPEAT_EXTRA_COST_CHARS);
  switch (c.kind) {
    case "prose":
      return n;
    case "sentence":
      return n * SENTENCE_GAIN_PER_CHAR;
    case "heading":
      return -Math.max(MIN_HEADING_COST_CHARS, n * HEADING_COST_PER_CHAR);
    case "list":
      return -Math.max(MIN_HEADING_COST_CHARS / 2, n * HEADING_COST_PER_CHAR * 0.5);
    case "section-end":
      return -SECTION_END_COST_CHARS;
    case "read-also":
      // A teaser with its headline sits between paragraphs: it must not cut a short lead off the body.
      return isBareLabel(c.line.text) ? -READ_ALSO_LABEL_COST_CHARS : -Math.max(MIN_FURNITURE_COST_CHARS, n * INLINE_TEASER_COST_PER_CHAR);
    default:
      return furnitureCost(c);
  }
}

/** A label with nothing after it but a colon ("Прочетете още:"). */
function isBareLabel(text: string): boolean {
  return readAlsoLabelLength(text) >= text.replace(/[\s:.…»>–—-]+$/, "").length;
}

/** The run [start, end) of lines with the greatest total weight (Kadane), or null when no line weighs for the body. */
export function densestRun(lines: ClassifiedLine[]): { start: number; end: number } | null {
  let best = 0;
  let bestRun: { start: number; end: number } | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += lineWeight(lines[i]);
    if (sum > best) {
      best = sum;
      bestRun = { start, end: i + 1 };
    }
  }
  return bestRun;
}

/** Word stems of a line, lowercase, for telling whether two lines speak of the same thing. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (w.length >= STEM_CHARS) out.add(w.slice(0, STEM_CHARS));
  return out;
}

/** Headline syntax of a teaser: "Who: What happened", a capital letter after the colon. */
export function isColonHeadline(text: string): boolean {
  return /^[^:]{3,60}:\s+["«„“]?\p{Lu}/u.test(text) && !/[.!?…]$/.test(text);
}

/** The lines under a heading share at least one word stem with it. */
function relatedTextFollows(core: ClassifiedLine[], i: number): boolean {
  const own = stems(core[i].line.text);
  let read = 0;
  for (let j = i + 1; j < core.length && read < RELATED_TEXT_LINES; j++) {
    const c = core[j];
    if (c.kind === "heading") break;
    if (c.kind !== "prose" && c.kind !== "sentence") continue;
    read++;
    for (const s of stems(c.line.text)) if (own.has(s)) return true;
  }
  return false;
}

/**
 * A headline inserted between paragraphs to link another article, not a subheading of this one:
 * 1. it is the last line of the body (nothing under it);
 * 2. a plain-text headline written as "Who: What" (subheadings rarely quote a speaker; Markdown headings are structure);
 * 3. a plain-text headline that shares no word with the text under it.
 */
export function isInsertedTeaser(core: ClassifiedLine[], i: number): boolean {
  const c = core[i];
  if (c.kind !== "heading") return false;
  const hasBodyAfter = core.slice(i + 1).some((x) => x.kind === "prose");
  if (!hasBodyAfter) return true;
  if (c.line.heading > 0) return false;
  if (!isHeadlineLike(c.line.text)) return false;
  return isColonHeadline(c.line.text) || !relatedTextFollows(core, i);
}

/** Whether a line of the body run is kept in the clean text. */
export function keepInBody(core: ClassifiedLine[], i: number): boolean {
  const c = core[i];
  if (c.repeated) return false;
  switch (c.kind) {
    case "prose":
    case "sentence":
    case "list":
      return true;
    case "heading":
      return !isInsertedTeaser(core, i);
    default:
      return false;
  }
}
