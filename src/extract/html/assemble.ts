// Turns kept segments into the article text: whitespace collapsed, `<br><br>` as a paragraph break,
// list items and table rows of one list or table kept together one per line, blocks separated by a blank line.

import { BREAK, type ElementTable, type Segment } from "./segments.ts";

/** One paragraph-sized piece of output, before joining. */
export interface Block {
  text: string;
  /** `li`, `tr`, `pre`, `h2`, `p`, … : the owning element's tag. */
  kind: string;
  /** Index of the list or table a `li`/`tr` belongs to, else -1. */
  group: number;
}

const SPACES = /[ \t\n\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Collapse whitespace; a single `<br>` becomes a line break, two or more a paragraph break. */
export function normalizeSegmentText(raw: string, keepLines: boolean): string {
  const text = keepLines ? raw.replace(/\r\n?/g, "\n").replace(/[ \t\u00a0]+/g, " ") : raw.replace(SPACES, " ");
  const pieces = text.split(new RegExp(`[ ]*(${BREAK}(?:[ ]*${BREAK})*)[ ]*`));
  let out = "";
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (i % 2 === 1) {
      out += piece.split(BREAK).length > 2 ? "\n\n" : "\n";
    } else {
      out += keepLines ? piece.replace(/^\n+|\n+$/g, "") : piece;
    }
  }
  return out.trim().replace(/\n{3,}/g, "\n\n");
}

/** The nearest `ul`/`ol`/`table` above `index`, or -1. */
function groupOf(table: ElementTable, index: number): number {
  let i = table.parent[index] as number;
  for (let hops = 0; i >= 0 && hops < 4; hops++) {
    const tag = table.tag[i];
    if (tag === "ul" || tag === "ol" || tag === "table" || tag === "dl") return i;
    i = table.parent[i] as number;
  }
  return -1;
}

/** Inside `<pre>`? Then line breaks in the source are kept. */
function insidePre(table: ElementTable, index: number): boolean {
  let i = index;
  for (let hops = 0; i >= 0 && hops < 6; hops++) {
    if (table.tag[i] === "pre") return true;
    i = table.parent[i] as number;
  }
  return false;
}

/** Make blocks out of segments (already chosen). */
export function toBlocks(table: ElementTable, segments: readonly Segment[]): Block[] {
  const blocks: Block[] = [];
  for (const seg of segments) {
    const kind = seg.owner >= 0 ? (table.tag[seg.owner] as string) : "p";
    const text = normalizeSegmentText(seg.raw, insidePre(table, seg.owner));
    if (text.length === 0) continue;
    const group = kind === "li" || kind === "tr" || kind === "dt" || kind === "dd" ? groupOf(table, seg.owner) : -1;
    blocks.push({ text, kind, group });
  }
  return blocks;
}

/** Join blocks: items of one list or rows of one table on consecutive lines, everything else a blank line apart. */
export function joinBlocks(blocks: readonly Block[]): string {
  let out = "";
  let lastGroup = -2;
  for (const block of blocks) {
    const text = block.kind === "li" ? `- ${block.text}` : block.text;
    if (out.length > 0) out += block.group >= 0 && block.group === lastGroup ? "\n" : "\n\n";
    out += text;
    lastGroup = block.group;
  }
  return out;
}
