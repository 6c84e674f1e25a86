// The cascade's fallbacks behind one module (after trafilatura's external.py and baseline.py):
// the JSON-LD `articleBody`, @mozilla/readability over linkedom, and a plain-paragraph baseline.

import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import { parseDocument } from "htmlparser2";
import type { parseHTML as ParseHtml } from "linkedom";
import { type Block, toBlocks } from "./assemble.ts";
import { isBoilerplateSegment, removedElements } from "./content.ts";
import { type SegmentedPage, segmentPage } from "./segments.ts";

/** Baseline: a paragraph shorter than this is left out, in characters. */
export const MIN_BASELINE_SEGMENT_CHARS = 60;
/** Readability is not run on pages larger than this, in characters (linkedom's cost and memory). */
export const MAX_READABILITY_HTML_CHARS = 3_000_000;
/** …nor on pages nested deeper than this, in elements (its cost grows with depth times size). */
export const MAX_READABILITY_DEPTH_ELEMENTS = 200;

/** May the readability fallback run on this page within bounded time? */
export function canRunReadability(htmlChars: number, page: SegmentedPage): boolean {
  return htmlChars <= MAX_READABILITY_HTML_CHARS && page.maxDepth <= MAX_READABILITY_DEPTH_ELEMENTS;
}

/** The JSON-LD `articleBody` as blocks: one per line (markup, if any, stripped). */
export function jsonLdBlocks(body: string): Block[] {
  const plain = /<\/?[a-z][^>]*>/i.test(body) ? body.replace(/<(?:br|\/p|\/div|\/h\d|\/li)\b[^>]*>/gi, "\n").replace(/<[^>]+>/g, "") : body;
  return plain
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .map((text) => ({ text, kind: "p", group: -1 }));
}

const require = createRequire(import.meta.url);
let readabilityDeps: { Readability: typeof ReadabilityClass; parseHTML: typeof ParseHtml } | undefined;

/** linkedom takes about a second to import: load it (synchronously, its CJS build) only when the fallback runs. */
function loadReadability(): NonNullable<typeof readabilityDeps> {
  readabilityDeps ??= {
    Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
    parseHTML: (require("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML,
  };
  return readabilityDeps;
}

/** @mozilla/readability's article, re-segmented with our block rules; empty when it finds none or fails. */
export function readabilityBlocks(html: string): Block[] {
  try {
    const { Readability, parseHTML } = loadReadability();
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    if (!article?.content) return [];
    const page = segmentPage(parseDocument(article.content));
    return toBlocks(
      page.table,
      page.segments.filter((s) => !isBoilerplateSegment(s)),
    );
  } catch {
    return [];
  }
}

/** Last resort: every long, link-poor paragraph outside furniture, in page order. */
export function baselineBlocks(page: SegmentedPage): Block[] {
  const removed = removedElements(page);
  const kept = page.segments.filter(
    (s) => s.owner >= 0 && removed[s.owner] === 0 && s.length >= MIN_BASELINE_SEGMENT_CHARS && !isBoilerplateSegment(s),
  );
  return toBlocks(page.table, kept);
}
