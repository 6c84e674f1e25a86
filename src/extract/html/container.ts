// Choosing the article container once the paragraphs are scored: readability's shared-ancestor and
// parent walks and sibling merge, widening to prose-holding ancestors, and the headline's <article>.

import { GOOD_SEGMENT_CHARS, GOOD_SEGMENT_MAX_LINK_SHARE, rollUp } from "./content.ts";
import type { ElementTable, Segment } from "./segments.ts";

/** A sibling of the best container joins it when its score reaches this share of the best… */
export const SIBLING_SCORE_SHARE = 0.2;
/** …and at least this many points. */
export const MIN_SIBLING_SCORE_POINTS = 10;

/** How many of the best candidates are looked at for a shared ancestor (readability's 5). */
export const TOP_CANDIDATES = 5;
/** A runner-up counts when its score is at least this share of the best's. */
export const RUNNER_UP_SCORE_SHARE = 0.75;
/** This many close runners-up under one ancestor make that ancestor the container. */
export const MIN_RUNNERS_UP = 3;

/** Paragraphs each wrapped in their own box: when close runners-up share an ancestor with the best, take it. */
export function sharedAncestor(table: ElementTable, final: Float64Array, scored: Uint8Array, best: number): number {
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
export function climbToParent(table: ElementTable, final: Float64Array, scored: Uint8Array, start: number): number {
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
export function withSiblings(
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
  // The last text of each sibling <p>, found in one pass (no search per sibling).
  const lastText = new Map<number, string>();
  for (const seg of segments) if (roots.has(seg.owner) && table.tag[seg.owner] === "p") lastText.set(seg.owner, seg.raw);
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
    if (table.tag[i] === "p" && isPlainParagraph(chars[i] as number, linkChars[i] as number, lastText.get(i))) continue;
    roots.delete(i);
  }
  return roots;
}

/** A sibling `<p>` that reads as body text: long with few links, or short, link-free and ending a sentence. */
function isPlainParagraph(chars: number, links: number, lastSegmentText: string | undefined): boolean {
  const density = chars > 0 ? links / chars : 0;
  if (chars > 80) return density < 0.25;
  return density === 0 && lastSegmentText !== undefined && /[.!?]\s*$/.test(lastSegmentText);
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
export function widenToProse(
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
export function headlineArticle(table: ElementTable, removed: Uint8Array, best: number): number {
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
