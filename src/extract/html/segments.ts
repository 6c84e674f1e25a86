// One iterative pass over the htmlparser2 DOM that numbers the elements (parent links, tags, class
// verdicts) and cuts the text into segments: runs of inline text owned by their nearest block element.
// No recursion, so 50,000 nested elements cost no stack; the DOM is never modified.

import type { ChildNode, Document, Element } from "domhandler";
import { judgeClasses } from "./class-words.ts";
import { BLOCK_TAGS, CELL_TAGS, DROP_TAGS } from "./vocabulary.ts";

/** The line-break sentinel a `<br>` leaves in segment text until it is normalized. */
export const BREAK = "\u0001";

export interface ElementTable {
  /** Elements in document (pre-)order; an element's parent always has a smaller index. */
  els: Element[];
  parent: Int32Array;
  tag: string[];
  /** Class/id/role/hidden mark it as furniture (a candidate for removal). */
  furniture: Uint8Array;
  /** The furniture is a comment thread. */
  comments: Uint8Array;
  /** Hidden by attribute or style (`hidden`, `display:none`, `aria-hidden`). */
  hidden: Uint8Array;
  /** Readability-style class weight. */
  classWeight: Int16Array;
  /** `itemprop=articleBody` or `itemprop=text` inside an article. */
  articleBody: Uint8Array;
  /** Characters of the element's own text nodes (not its descendants'), and of those inside links. */
  ownChars: Float64Array;
  ownLinkChars: Float64Array;
}

export interface Segment {
  /** Index of the owning block element in the table. */
  owner: number;
  /** Raw text with whitespace not yet collapsed; `BREAK` marks a `<br>`. */
  raw: string;
  linkChars: number;
  /** Characters, whitespace collapsed. */
  length: number;
}

export interface SegmentedPage {
  table: ElementTable;
  segments: Segment[];
  /** Deepest element nesting seen. */
  maxDepth: number;
}

/** Is this element out of the rendered page (`hidden`, `display:none`, `visibility:hidden`)? */
export function isHiddenElement(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs) return true;
  const style = attribs.style;
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

interface OpenBlock {
  owner: number;
  parts: string[];
  linkChars: number;
}

function flush(block: OpenBlock, out: Segment[]): void {
  if (block.parts.length === 0) return;
  const raw = block.parts.join("");
  block.parts = [];
  const length = raw.replace(/[\s\u00a0\u0001]+/g, " ").trim().length;
  if (length > 0) out.push({ owner: block.owner, raw, linkChars: Math.min(block.linkChars, length), length });
  block.linkChars = 0;
}

const IS_BLOCK = 1;
const IS_LINK = 2;
const IS_ARTICLE = 4;
const IS_EXIT = 8;

/** Number the elements of `doc` and cut its text into segments, in one pass. */
export function segmentPage(doc: Document): SegmentedPage {
  const els: Element[] = [];
  const parents: number[] = [];
  const tags: string[] = [];
  const furniture: number[] = [];
  const comments: number[] = [];
  const hiddens: number[] = [];
  const weights: number[] = [];
  const bodies: number[] = [];
  const segments: Segment[] = [];
  const ownChars: number[] = [];
  const ownLinkChars: number[] = [];

  const root: OpenBlock = { owner: -1, parts: [], linkChars: 0 };
  const blocks: OpenBlock[] = [root];
  let linkDepth = 0;
  let inArticle = 0;
  // Work stack: node, flags (IS_EXIT for the closing visit) and the parent element's index.
  const nodes: (ChildNode | Document)[] = [doc];
  const flags: number[] = [0];
  const owners: number[] = [-1];

  while (nodes.length > 0) {
    const node = nodes.pop() as ChildNode | Document;
    const flag = flags.pop() as number;
    const parentIndex = owners.pop() as number;
    if (flag & IS_EXIT) {
      if (flag & IS_BLOCK) flush(blocks.pop() as OpenBlock, segments);
      if (flag & IS_LINK) linkDepth--;
      if (flag & IS_ARTICLE) inArticle--;
      continue;
    }
    if (node.type === "text") {
      const data = node.data;
      const top = blocks[blocks.length - 1] as OpenBlock;
      top.parts.push(data);
      const n = data.trim().length;
      if (n > 0 && parentIndex >= 0) {
        ownChars[parentIndex] = (ownChars[parentIndex] as number) + n;
        if (linkDepth > 0) {
          top.linkChars += n;
          ownLinkChars[parentIndex] = (ownLinkChars[parentIndex] as number) + n;
        }
      }
      continue;
    }
    let index = parentIndex;
    if (node.type === "tag" || node.type === "script" || node.type === "style") {
      const el = node as Element;
      const name = el.name.toLowerCase();
      if (DROP_TAGS.has(name)) continue;
      const top = blocks[blocks.length - 1] as OpenBlock;
      if (name === "br") {
        top.parts.push(BREAK);
        continue;
      }
      if (name === "hr") {
        top.parts.push(BREAK, BREAK);
        continue;
      }
      index = els.length;
      els.push(el);
      parents.push(parentIndex);
      tags.push(name);
      const verdict = judgeClasses(el.attribs);
      // Hidden elements are furniture, not dropped: streamed pages park the article in `<div hidden>`.
      const ariaHidden = el.attribs["aria-hidden"] === "true" || isHiddenElement(el.attribs);
      furniture.push(verdict.boilerplate || ariaHidden ? 1 : 0);
      comments.push(verdict.comments ? 1 : 0);
      hiddens.push(ariaHidden ? 1 : 0);
      weights.push(verdict.weight);
      const itemprop = el.attribs.itemprop;
      bodies.push(itemprop === "articleBody" || (itemprop === "text" && inArticle > 0) ? 1 : 0);
      ownChars.push(0);
      ownLinkChars.push(0);
      let exitFlags = IS_EXIT;
      // Furniture becomes its own block so its text can be cut out without touching its paragraph.
      if (BLOCK_TAGS.has(name) || verdict.boilerplate || ariaHidden) {
        exitFlags |= IS_BLOCK;
        flush(top, segments);
        blocks.push({ owner: index, parts: [], linkChars: 0 });
      } else if (CELL_TAGS.has(name)) {
        top.parts.push(" ");
      }
      if (name === "a" && el.attribs.href !== undefined) {
        exitFlags |= IS_LINK;
        linkDepth++;
      }
      if (name === "article") {
        exitFlags |= IS_ARTICLE;
        inArticle++;
      }
      nodes.push(node);
      flags.push(exitFlags);
      owners.push(parentIndex);
    } else if (node.type !== "root") {
      continue;
    }
    const children = (node as Element | Document).children;
    for (let c = children.length - 1; c >= 0; c--) {
      nodes.push(children[c] as ChildNode);
      flags.push(0);
      owners.push(index);
    }
  }
  flush(root, segments);
  const parent = Int32Array.from(parents);
  const depth = new Int32Array(parent.length);
  let maxDepth = 0;
  for (let i = 0; i < parent.length; i++) {
    const p = parent[i] as number;
    const d = p >= 0 ? (depth[p] as number) + 1 : 0;
    depth[i] = d;
    if (d > maxDepth) maxDepth = d;
  }
  const table: ElementTable = {
    els,
    parent,
    tag: tags,
    furniture: Uint8Array.from(furniture),
    comments: Uint8Array.from(comments),
    hidden: Uint8Array.from(hiddens),
    classWeight: Int16Array.from(weights),
    articleBody: Uint8Array.from(bodies),
    ownChars: Float64Array.from(ownChars),
    ownLinkChars: Float64Array.from(ownLinkChars),
  };
  return { table, segments, maxDepth };
}
