// The primary HTML extractor: cut furniture out by tag and class/id vocabulary, score containers by
// the paragraphs under them (length, commas, link density, class words), take the best container
// with its worthy siblings, and keep its segments that read as article text.

import type { Block } from "./assemble.ts";
import { toBlocks } from "./assemble.ts";
import { climbToParent, headlineArticle, sharedAncestor, widenToProse, withSiblings } from "./container.ts";
import type { ElementTable, Segment, SegmentedPage } from "./segments.ts";
import { AD_LABELS, FURNITURE_TAGS, HEADING_TAGS } from "./vocabulary.ts";

/** A segment shorter than this is not scored as a paragraph (readability's 25). */
export const MIN_SCORED_SEGMENT_CHARS = 25;
/** Paragraph text counted as "good" for the furniture guard: at least this long… */
export const GOOD_SEGMENT_CHARS = 80;
/** …and at most this share of it inside links. */
export const GOOD_SEGMENT_MAX_LINK_SHARE = 0.3;
/** Furniture holding at least this share of the page's good text is the article's wrapper: kept. */
export const GUARD_GOOD_TEXT_SHARE = 0.5;
/** A hidden element must hold this share of the good text to be kept (streamed pages park the article hidden; microdata copies hold about half). */
export const GUARD_HIDDEN_GOOD_TEXT_SHARE = 0.8;
/** A kept segment may have at most this share of its characters inside links. */
export const MAX_SEGMENT_LINK_SHARE = 0.5;
/** How many ancestors above a paragraph receive part of its score (readability's 5). */
export const SCORE_ANCESTOR_LEVELS = 5;
/** An ad label is at most this long, in characters. */
export const MAX_AD_LABEL_CHARS = 24;

export interface ContentResult {
  blocks: Block[];
  /** Index of the chosen container, -1 when none. */
  container: number;
  /** The container's final score. */
  score: number;
  /** Teasers inside the chosen container: linked headings and nested `<article>`s. */
  teasers: number;
}

/** Is the element page furniture by its tag or class/id words? */
export function isFurniture(table: ElementTable, i: number): boolean {
  return table.furniture[i] === 1 || FURNITURE_TAGS.has(table.tag[i] as string);
}

/** Base score of a candidate by its tag (readability's initializeNode). */
function tagBase(tag: string): number {
  switch (tag) {
    case "div":
    case "article":
    case "main":
    case "section":
      return 5;
    case "pre":
    case "td":
    case "blockquote":
      return 3;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      return -3;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      return -5;
    default:
      return 0;
  }
}

/** Commas in any of our scripts' styles. */
function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x060c || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

/** Roll per-element values up to every ancestor (children come after parents in pre-order). */
export function rollUp(table: ElementTable, own: Float64Array, removed: Uint8Array): Float64Array {
  const sum = Float64Array.from(own);
  for (let i = sum.length - 1; i > 0; i--) {
    const p = table.parent[i] as number;
    if (p >= 0 && removed[i] === 0) sum[p] = (sum[p] as number) + (sum[i] as number);
  }
  return sum;
}

/** Decide which elements are cut: furniture, unless it wraps the article (the guard). */
export function removedElements(page: SegmentedPage): Uint8Array {
  const { table, segments } = page;
  const n = table.els.length;
  const good = new Float64Array(n);
  let totalGood = 0;
  for (const seg of segments) {
    if (seg.owner < 0) continue;
    if (seg.length >= GOOD_SEGMENT_CHARS && seg.linkChars <= seg.length * GOOD_SEGMENT_MAX_LINK_SHARE) {
      good[seg.owner] = (good[seg.owner] as number) + seg.length;
      totalGood += seg.length;
    }
  }
  const none = new Uint8Array(n);
  const goodSum = rollUp(table, good, none);
  const bodySum = rollUp(table, Float64Array.from(table.articleBody), none);
  const removed = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = table.parent[i] as number;
    if (p >= 0 && removed[p] === 1) {
      removed[i] = 1;
      continue;
    }
    if (!isFurniture(table, i)) continue;
    // A comment thread goes even when it outweighs the article.
    const g = goodSum[i] as number;
    // Hidden copies (microdata with its own articleBody) need the stricter share.
    const wrapsArticle =
      table.comments[i] === 0 &&
      (table.hidden[i]
        ? totalGood > 0 && g >= totalGood * GUARD_HIDDEN_GOOD_TEXT_SHARE
        : (bodySum[i] as number) > 0 || (totalGood > 0 && g >= totalGood * GUARD_GOOD_TEXT_SHARE));
    if (!wrapsArticle) removed[i] = 1;
  }
  return removed;
}

/** Points a paragraph-like segment gives its ancestors (readability's formula). */
export function segmentScore(seg: Segment, text: string): number {
  return 1 + countCommas(text) + Math.min(Math.floor(seg.length / 100), 3);
}

/** Is a segment worth scoring: long enough, mostly not links, not a heading? */
function isScoredSegment(table: ElementTable, seg: Segment): boolean {
  if (seg.owner < 0 || seg.length < MIN_SCORED_SEGMENT_CHARS) return false;
  if (seg.linkChars > seg.length * MAX_SEGMENT_LINK_SHARE) return false;
  return !HEADING_TAGS.has(table.tag[seg.owner] as string);
}

/** Find the article container and keep its text. */
export function extractContent(page: SegmentedPage): ContentResult {
  const { table, segments } = page;
  const n = table.els.length;
  const removed = removedElements(page);
  const chars = rollUp(table, table.ownChars, removed);
  const linkChars = rollUp(table, table.ownLinkChars, removed);
  const raw = new Float64Array(n);
  const scored = new Uint8Array(n);
  for (const seg of segments) {
    if (!isScoredSegment(table, seg) || removed[seg.owner] === 1) continue;
    const points = segmentScore(seg, seg.raw);
    let a = table.parent[seg.owner] as number;
    // A paragraph's own element gets nothing; its parent the full points, grandparent half, then a third per level.
    for (let level = 0; a >= 0 && level < SCORE_ANCESTOR_LEVELS; level++) {
      if (!scored[a]) {
        scored[a] = 1;
        raw[a] = tagBase(table.tag[a] as string) + (table.classWeight[a] as number) + (table.articleBody[a] ? 25 : 0);
      }
      raw[a] = (raw[a] as number) + (level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
      a = table.parent[a] as number;
    }
  }
  const final = new Float64Array(n);
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (!scored[i]) continue;
    const c = chars[i] as number;
    const density = c > 0 ? (linkChars[i] as number) / c : 0;
    final[i] = (raw[i] as number) * (1 - density);
    if (best < 0 || (final[i] as number) > (final[best] as number)) best = i;
  }
  if (best < 0) return { blocks: [], container: -1, score: 0, teasers: 0 };
  best = sharedAncestor(table, final, scored, best);
  best = climbToParent(table, final, scored, best);
  best = widenToProse(table, removed, segments, chars, linkChars, best);
  best = headlineArticle(table, removed, best);
  const roots = withSiblings(table, final, scored, removed, chars, linkChars, segments, best);
  const inside = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (removed[i]) continue;
    const p = table.parent[i] as number;
    if (roots.has(i) || (p >= 0 && inside[p] === 1)) inside[i] = 1;
  }
  const kept = segments.filter((seg) => seg.owner >= 0 && inside[seg.owner] === 1 && !isBoilerplateSegment(seg));
  let teasers = 0;
  for (let i = 0; i < n; i++) if (inside[i] && isTeaser(table, i, chars, linkChars)) teasers++;
  return { blocks: toBlocks(table, kept), container: best, score: final[best] as number, teasers };
}

/** A teaser: a heading that is mostly a link, or an `<article>` nested in the container. */
export function isTeaser(table: ElementTable, i: number, chars: Float64Array, linkChars: Float64Array): boolean {
  const tag = table.tag[i] as string;
  if (tag === "article") return true;
  return HEADING_TAGS.has(tag) && (chars[i] as number) > 0 && (linkChars[i] as number) >= (chars[i] as number) * 0.5;
}

/** A segment inside the container that is still not article text: mostly links. */
export function isBoilerplateSegment(seg: Segment): boolean {
  // "Read also: <a>headline</a>", link lists, tag clouds left inside the container.
  if (seg.linkChars > seg.length * MAX_SEGMENT_LINK_SHARE) return true;
  // An ad slot's label left as a line of its own ("Advertisement", "Реклама").
  return (
    seg.length <= MAX_AD_LABEL_CHARS &&
    AD_LABELS.has(
      seg.raw
        .replace(/[\s\u00a0\u0001:.-]+/g, " ")
        .trim()
        .toLowerCase(),
    )
  );
}
