// The extract stage: the article body and its metadata out of a decoded page. HTML goes through
// the cascade below; scraped text and Markdown through src/extract/text; --no-extract keeps the input.
// A page that makes an extractor throw gets an empty body and `extract/no-body` with the reason,
// so one bad page never stops a run.

import { parseDocument } from "htmlparser2";
import type { Doc, ExtractLayer } from "../model/doc.ts";
import { isCrossnewsError, type Message, makeMessage } from "../model/message.ts";
import type { Stage, StageContext } from "../pipeline/stage.ts";
import { findPublishedDate } from "./date/index.ts";
import { type Block, joinBlocks } from "./html/assemble.ts";
import { extractContent } from "./html/content.ts";
import { baselineBlocks, canRunReadability, jsonLdBlocks, readabilityBlocks } from "./html/fallbacks.ts";
import { readJsonLd } from "./html/json-ld.ts";
import { readMetadata } from "./html/metadata.ts";
import { limitNesting } from "./html/nesting.ts";
import { readPageFacts } from "./html/page-facts.ts";
import { segmentPage } from "./html/segments.ts";
import { applyInputHints } from "./input-hints.ts";
import { extractScrapedText } from "./text/index.ts";

/** The primary extractor's text is accepted without fallbacks from this length on, in characters. */
export const MIN_BODY_CHARS = 250;
/** Below this length, in characters, whatever the cascade found is not an article: empty body, `extract/no-body`. */
export const MIN_ARTICLE_CHARS = 80;
/** The JSON-LD body replaces the primary text when it is this many times longer. */
export const JSON_LD_LENGTH_RATIO = 2;
/** A container with this many teasers (linked headings, nested articles)… */
export const MIN_LISTING_TEASERS = 5;
/** …no paragraph longer than this, in characters… */
export const LISTING_MAX_PARAGRAPH_CHARS = 400;
/** …and no more text than this per teaser, in characters, is a listing, not an article. */
export const LISTING_MAX_CHARS_PER_TEASER = 160;

/** The last this many characters of a page are searched for `</html>`/`</body>` (truncation check). */
export const TRUNCATION_TAIL_CHARS = 4096;

export interface HtmlExtractOptions {
  /** Name used in messages (path or URL). */
  input: string;
  /** The page's own URL when known (hints, JSONL): resolves relative links and names the host. */
  url?: string;
  /** Reference time, ISO 8601: dates without a year resolve to the latest such date not after it. */
  now: string;
}

export interface HtmlExtractResult {
  layer: ExtractLayer;
  messages: Message[];
}

/** Does the page end before its closing tags (a cut-off download)? */
export function looksTruncated(html: string): boolean {
  const tail = html.slice(-TRUNCATION_TAIL_CHARS).toLowerCase();
  return html.length > 0 && !tail.includes("</html") && !tail.includes("</body");
}

/** Is the page a home page or listing (teasers, no article) rather than an article? */
export function isListingPage(teasers: number, blocks: readonly Block[], declaresArticle: boolean): boolean {
  // The page says it is an article (JSON-LD article type, og:type article): trust it.
  if (declaresArticle) return false;
  // Many linked headlines and not one paragraph of article length.
  if (teasers < MIN_LISTING_TEASERS || textLength(blocks) > teasers * LISTING_MAX_CHARS_PER_TEASER) return false;
  return blocks.every((b) => b.text.length <= LISTING_MAX_PARAGRAPH_CHARS);
}

/** Should the JSON-LD body replace the primary text? */
export function preferJsonLdBody(primaryChars: number, jsonLdChars: number): boolean {
  // The primary extractor came up short and the JSON-LD body is an article.
  if (primaryChars < MIN_BODY_CHARS && jsonLdChars >= MIN_BODY_CHARS) return true;
  // The primary extractor caught only part of the article (a teaser, a first page).
  return jsonLdChars >= primaryChars * JSON_LD_LENGTH_RATIO && jsonLdChars >= MIN_BODY_CHARS;
}

const textLength = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

/**
 * Extract an HTML page. The cascade, each step only when the one before came up short:
 *  1. parse once with htmlparser2 (nesting beyond MAX_NESTING_DEPTH_ELEMENTS flattened first, `limitNesting`);
 *     gather metadata facts and JSON-LD from the same DOM;
 *  2. primary (`html:main`): cut furniture by tag and class/id vocabulary, score containers by their
 *     paragraphs, keep the best container's article-like segments; a container of teasers without an
 *     article-length paragraph (`isListingPage`) ends here with an empty body (`html:listing`, `extract/no-body`);
 *  3. JSON-LD `articleBody` (`html:json-ld`) when `preferJsonLdBody` says the primary text is short or partial;
 *  4. @mozilla/readability over linkedom (`html:readability`) when the text is still under MIN_BODY_CHARS
 *     and the page is small and shallow enough for it (`canRunReadability`);
 *  5. baseline (`html:baseline`): all long link-poor paragraphs outside furniture;
 *  6. nothing of MIN_ARTICLE_CHARS: an empty body with `extract/no-body` (`html:none`);
 *  7. the publication date from the same DOM and the chosen body (src/extract/date).
 */
export function extractHtml(html: string, opts: HtmlExtractOptions): HtmlExtractResult {
  const messages: Message[] = [];
  const dom = parseDocument(limitNesting(html), { lowerCaseTags: true, lowerCaseAttributeNames: true });
  const facts = readPageFacts(dom);
  const ld = readJsonLd(dom);
  const meta = readMetadata(facts, ld, opts.url);
  const page = segmentPage(dom);

  const content = extractContent(page);
  let blocks = dropTitleBlocks(content.blocks, meta.title);
  let method = "html:main";
  let length = textLength(blocks);
  const declaresArticle = (ld !== undefined && ld.type !== "webpage") || facts.meta.get("og:type")?.[0] === "article";
  if (isListingPage(content.teasers, blocks, declaresArticle)) {
    const detail = `a listing: ${content.teasers} teasers and no article-length paragraph`;
    messages.push(makeMessage("extract/no-body", "warning", opts.input, { detail }));
    // A listing's dates belong to its teasers, not to an article.
    return { layer: { text: "", published: null, method: "html:listing", ...meta }, messages };
  }
  if (ld?.articleBody) {
    const ldBlocks = jsonLdBlocks(ld.articleBody);
    if (preferJsonLdBody(length, textLength(ldBlocks))) {
      blocks = ldBlocks;
      method = "html:json-ld";
      length = textLength(blocks);
    }
  }
  if (length < MIN_BODY_CHARS && canRunReadability(html.length, page)) {
    const rb = dropTitleBlocks(readabilityBlocks(html), meta.title);
    if (textLength(rb) > length) {
      blocks = rb;
      method = "html:readability";
      length = textLength(rb);
    }
  }
  if (length < MIN_BODY_CHARS) {
    const bb = dropTitleBlocks(baselineBlocks(page), meta.title);
    if (textLength(bb) > length) {
      blocks = bb;
      method = "html:baseline";
      length = textLength(bb);
    }
  }
  if (length < MIN_ARTICLE_CHARS) {
    messages.push(makeMessage("extract/no-body", "warning", opts.input, { detail: `${length} characters of article-like text` }));
    blocks = [];
    method = "html:none";
  }
  if (looksTruncated(html)) messages.push(makeMessage("extract/truncated-html", "info", opts.input));
  const text = joinBlocks(blocks);
  const published = findPublishedDate({ dom, url: opts.url ?? meta.canonicalUrl, now: opts.now, bodyText: text });
  const layer: ExtractLayer = { text, published, method, ...meta };
  return { layer, messages };
}

/** Leading headings and the headline repeated in the body are not body text. */
function dropTitleBlocks(blocks: Block[], title: string | undefined): Block[] {
  const key = title?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  let start = 0;
  while (start < blocks.length && (blocks[start] as Block).kind === "h1") start++;
  const out = blocks
    .slice(start)
    .filter((b) => !(key && b.kind.startsWith("h") && b.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "") === key));
  // Trailing headings introduce what follows the article ("Related", "Comments").
  while (out.length > 0 && /^h[1-6]$/.test((out[out.length - 1] as Block).kind)) out.pop();
  return out;
}

export const extractStage: Stage = {
  name: "extract",
  requires: ["decode"],
  adds: ["extract"],
  run(doc: Doc, ctx: StageContext): Doc {
    const decoded = doc.decode;
    if (!decoded) return doc;
    // --no-extract: the input is the clean article; keep it byte for byte so offsets index into the file.
    const hints = doc.raw.hints;
    if (ctx.noExtract) {
      return { ...doc, extract: applyInputHints({ text: decoded.content, published: null, method: "none" }, hints, doc.now) };
    }
    try {
      if (decoded.format === "html") {
        const { layer, messages } = extractHtml(decoded.content, { input: doc.raw.input, url: doc.raw.hints.url, now: doc.now });
        return { ...doc, extract: applyInputHints(layer, hints, doc.now), messages: [...doc.messages, ...messages] };
      }
      const repeatedLines = doc.raw.siteRepeatedLines ? new Set(doc.raw.siteRepeatedLines) : undefined;
      const { messages, ...layer } = extractScrapedText(decoded.content, {
        input: doc.raw.input,
        now: doc.now,
        format: decoded.format,
        ...(repeatedLines && { repeatedLines }),
      });
      return { ...doc, extract: applyInputHints(layer, hints, doc.now), messages: [...doc.messages, ...messages] };
    } catch (error) {
      if (isCrossnewsError(error)) throw error;
      const detail = `the extractor failed: ${error instanceof Error ? error.message : String(error)}`;
      const message = makeMessage("extract/no-body", "warning", doc.raw.input, { detail });
      return { ...doc, extract: { text: "", published: null, method: "none:error" }, messages: [...doc.messages, message] };
    }
  },
};
