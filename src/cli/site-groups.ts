// The cross-page pre-pass of `analyze` and `ingest`: text and Markdown pages grouped by site (URL host, else
// the file's folder), the lines enough of a site's pages share found (src/extract/text/site-repetition.ts) and
// handed to each page as `siteRepeatedLines`. Bounded: past SITE_PASS_MAX_PAGES or SITE_PASS_MAX_BYTES of input the
// items stream on without it (the evidence is optional). It depends only on the inputs, so output stays deterministic.

import { dirname } from "node:path";
import { pageLineKeys, repeatedKeys } from "../extract/text/site-repetition.ts";
import type { RawDoc } from "../model/doc.ts";
import { isCrossnewsError } from "../model/message.ts";
import { decodeBytes, isReadFailure, type ReadItem } from "../read/index.ts";

/** The pre-pass holds at most this many pages back; with more, the run streams without it. */
export const SITE_PASS_MAX_PAGES = 5000;
/** …and at most this many bytes of them (undecoded). */
export const SITE_PASS_MAX_BYTES = 100 * 1024 * 1024;

/** The site a page belongs to: its URL's host, else the folder of its file; none for stdin. */
export function siteOf(doc: RawDoc): string | undefined {
  if (doc.hints.url) {
    try {
      return `host:${new URL(doc.hints.url).host.toLowerCase()}`;
    } catch {
      // Not a URL: fall back to the folder.
    }
  }
  return doc.path !== undefined ? `dir:${dirname(doc.path)}` : undefined;
}

/** The page's text as the decode stage will see it, or undefined when it cannot be decoded. */
function pageText(doc: RawDoc): string | undefined {
  if (doc.content !== undefined) return doc.content;
  if (!doc.bytes) return undefined;
  try {
    return decodeBytes(doc.bytes, { declared: doc.hints.charset, format: doc.format, input: doc.input }).content;
  } catch (error) {
    if (isCrossnewsError(error)) return undefined;
    throw error;
  }
}

const isTextPage = (item: ReadItem): item is RawDoc => !isReadFailure(item) && (item.format === "text" || item.format === "markdown");

/**
 * The items in the same order, each text page with `siteRepeatedLines` (its lines the site's furniture, when
 * any): 1. hold items back, keying each text page's lines; 2. past the caps, release them unchanged and pass the
 * rest through; 3. at the end, find each site's furniture lines and give every page those it shows.
 */
export async function* withSiteRepetition(items: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem> {
  const held: { item: ReadItem; site?: string; keys?: Set<string> }[] = [];
  let pages = 0;
  let bytes = 0;
  const iterator = items[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const item = next.value;
    const site = isTextPage(item) ? siteOf(item) : undefined;
    const text = site !== undefined ? pageText(item as RawDoc) : undefined;
    // Everything held counts against the caps (an HTML-only stream must not be held without bound).
    if (!isReadFailure(item)) {
      pages++;
      bytes += item.bytes?.byteLength ?? item.content?.length ?? 0;
    }
    held.push(site !== undefined && text !== undefined ? { item, site, keys: pageLineKeys(text) } : { item });
    if (pages > SITE_PASS_MAX_PAGES || bytes > SITE_PASS_MAX_BYTES) {
      for (const h of held) yield h.item;
      held.length = 0;
      for (;;) {
        const rest = await iterator.next();
        if (rest.done) return;
        yield rest.value;
      }
    }
  }
  const repeated = repeatedKeys(held.flatMap((h) => (h.site !== undefined && h.keys ? [{ site: h.site, keys: h.keys }] : [])));
  for (const h of held) {
    const siteKeys = h.site !== undefined ? repeated.get(h.site) : undefined;
    const shown = siteKeys && h.keys ? [...h.keys].filter((k) => siteKeys.has(k)) : [];
    yield shown.length > 0 ? { ...(h.item as RawDoc), siteRepeatedLines: shown } : h.item;
  }
}
