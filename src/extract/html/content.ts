// The primary HTML extractor: cut furniture out by tag and class/id vocabulary, score containers by
// the paragraphs under them (length, commas, link density, class words), take the best container
// with its worthy siblings, and keep its segments that read as article text.

import type { Block } from "./assemble.ts";
import { toBlocks } from "./assemble.ts";
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
/** A sibling of the best container joins it when its score reaches this share of the best… */
export const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this many points. */
export const MIN_SIBLING_SCORE_POINTS = 10;

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
function rollUp(table: ElementTable, own: Float64Array, removed: Uint8Array): Float64Array {
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

/** How many of the best candidates are looked at for a shared ancestor (readability's 5). */
export const TOP_CANDIDATES = 5;
/** A runner-up counts when its score is at least this share of the best's. */
export const RUNNER_UP_SCORE_SHARE = 0.75;
/** This many close runners-up under one ancestor make that ancestor the container. */
export const MIN_RUNNERS_UP = 3;

/** Paragraphs each wrapped in their own box: when close runners-up share an ancestor with the best, take it. */
function sharedAncestor(table: ElementTable, final: Float64Array, scored: Uint8Array, best: number): number {
  const top: number[] = [];
  for (let i = 0; i < final.length; i++) {
    if (!scored[i] || i === best) continue;
    top.push(i);
    top.sort((a, b) => (final[b] as number) - (final[a] as number));
    if (top.length > TOP_CANDIDATES - 1) top.pop();
  }
  const close = top.filter((i) => (final[i] as number) >= (final[best] as number) * RUNNER_UP_SCORE_SHARE);
  if (close.length < MIN_RUNNERS_UP) return best;
  const ancestorSets = close.map((i) => {
    const set = new Set<number>();
    for (let a = table.parent[i] as number; a >= 0; a = table.parent[a] as number) set.add(a);
    return set;
  });
  for (let a = table.parent[best] as number; a >= 0 && table.tag[a] !== "body"; a = table.parent[a] as number) {
    let holding = 0;
    for (const set of ancestorSets) if (set.has(a)) holding++;
    if (holding >= MIN_RUNNERS_UP) return a;
  }
  return best;
}

/** Readability's last walk: go up while the parent keeps scoring, and through single-child wrappers. */
function climbToParent(table: ElementTable, final: Float64Array, scored: Uint8Array, start: number): number {
  let top = start;
  let lastScore = final[top] as number;
  const threshold = lastScore / 3;
  let p = table.parent[top] as number;
  while (p >= 0 && table.tag[p] !== "body") {
    if (!scored[p]) {
      p = table.parent[p] as number;
      continue;
    }
    const score = final[p] as number;
    if (score < threshold) break;
    if (score > lastScore) {
      top = p;
      break;
    }
    lastScore = score;
    p = table.parent[p] as number;
  }
  return top;
}

/** The container plus siblings that score well or hold plain low-link paragraphs (readability's merge). */
function withSiblings(
  table: ElementTable,
  final: Float64Array,
  scored: Uint8Array,
  removed: Uint8Array,
  chars: Float64Array,
  linkChars: Float64Array,
  segments: readonly Segment[],
  best: number,
): Set<number> {
  const roots = new Set<number>([best]);
  const parent = table.parent[best] as number;
  if (parent < 0) return roots;
  const threshold = Math.max(MIN_SIBLING_SCORE_POINTS, (final[best] as number) * SIBLING_SCORE_SHARE);
  const bestClass = table.els[best]?.attribs.class ?? "";
  for (let i = best + 1, end = table.els.length; i < end; i++) {
    if ((table.parent[i] as number) === parent && removed[i] === 0) roots.add(i);
  }
  for (let i = parent + 1; i < best; i++) {
    if ((table.parent[i] as number) === parent && removed[i] === 0) roots.add(i);
  }
  for (const i of [...roots]) {
    if (i === best) continue;
    // Another post beside this one (a teaser list of <article>s after the story).
    if (table.tag[i] === "article" && table.tag[best] === "article") {
      roots.delete(i);
      continue;
    }
    let bonus = 0;
    const cls = table.els[i]?.attribs.class ?? "";
    if (bestClass !== "" && cls === bestClass) bonus = (final[best] as number) * 0.2;
    if (scored[i] && (final[i] as number) + bonus >= threshold) continue;
    if (table.tag[i] === "p" && isPlainParagraph(chars[i] as number, linkChars[i] as number, segments, i)) continue;
    roots.delete(i);
  }
  return roots;
}

/** A sibling `<p>` that reads as body text: long with few links, or short, link-free and ending a sentence. */
function isPlainParagraph(chars: number, links: number, segments: readonly Segment[], index: number): boolean {
  const density = chars > 0 ? links / chars : 0;
  if (chars > 80) return density < 0.25;
  const seg = segments.find((s) => s.owner === index);
  return density === 0 && seg !== undefined && /[.!?]\s*$/.test(seg.raw);
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

/** Widen to an ancestor only when it holds this many times the container's good text… */
export const WIDEN_MIN_GOOD_RATIO = 1.5;
/** …what it adds is at least this share good text… */
export const WIDEN_MIN_ADDED_GOOD_SHARE = 0.75;
/** …and its text has at most this share inside links. */
export const WIDEN_MAX_LINK_SHARE = 0.3;

/**
 * An article cut into sections, each deeply wrapped, leaves the best container holding one section:
 * widen to the ancestor whose extra text is mostly prose too.
 */
function widenToProse(
  table: ElementTable,
  removed: Uint8Array,
  segments: readonly Segment[],
  chars: Float64Array,
  linkChars: Float64Array,
  best: number,
): number {
  const good = new Float64Array(table.els.length);
  for (const seg of segments) {
    if (seg.owner < 0 || removed[seg.owner]) continue;
    if (seg.length >= GOOD_SEGMENT_CHARS && seg.linkChars <= seg.length * GOOD_SEGMENT_MAX_LINK_SHARE)
      good[seg.owner] = (good[seg.owner] as number) + seg.length;
  }
  const goodSum = rollUp(table, good, removed);
  let current = best;
  for (let a = table.parent[best] as number; a >= 0 && table.tag[a] !== "body" && table.tag[a] !== "html"; a = table.parent[a] as number) {
    const g = goodSum[a] as number;
    const gBest = goodSum[current] as number;
    const c = chars[a] as number;
    const added = c - (chars[current] as number);
    if (g < gBest * WIDEN_MIN_GOOD_RATIO || c <= 0) continue;
    if (g - gBest < added * WIDEN_MIN_ADDED_GOOD_SHARE) continue;
    if ((linkChars[a] as number) > c * WIDEN_MAX_LINK_SHARE) continue;
    current = a;
  }
  return current;
}

/**
 * Several `<article>`s in the container, one holding the page's `<h1>`: that one is the story, the
 * others are teasers ("you may also like" posts rendered as articles).
 */
function headlineArticle(table: ElementTable, removed: Uint8Array, best: number): number {
  const n = table.els.length;
  const inside = new Uint8Array(n);
  inside[best] = 1;
  const articles: number[] = [];
  let h1Article = -1;
  let h1Count = 0;
  for (let i = best + 1; i < n; i++) {
    const p = table.parent[i] as number;
    if (p < 0 || !inside[p] || removed[i]) continue;
    inside[i] = 1;
    const tag = table.tag[i];
    if (tag === "article") {
      // Only outermost articles count; nested ones belong to their parent article.
      let nested = false;
      for (let a = p; a !== best && a >= 0; a = table.parent[a] as number) if (table.tag[a] === "article") nested = true;
      if (!nested) articles.push(i);
    } else if (tag === "h1") {
      h1Count++;
      for (let a = p; a !== best && a >= 0; a = table.parent[a] as number) {
        if (table.tag[a] === "article") h1Article = a;
      }
    }
  }
  if (articles.length < 2 || h1Count !== 1 || h1Article < 0 || !articles.includes(h1Article)) return best;
  return h1Article;
}
