// The publication date of an HTML page, as a cascade over what the page states, strongest evidence first.

import type { Document } from "domhandler";
import type { PublishedDate } from "../../model/doc.ts";
import { collectPageSignals, type ElementSignal, type PageSignals } from "./page-signals.ts";
import { dateFromUrl, datesFromJsonLd, parseStatedDate } from "./stated-date.ts";
import { findDatesInText } from "./text-dates.ts";

/** Meta keys (lowercase) that state the publication date, most specific first. */
export const PUBLISHED_META_KEYS: readonly string[] = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "og:published_time",
  "published_time",
  "datepublished",
  "article.published",
  "date.published",
  "publish-date",
  "publish_date",
  "publishdate",
  "published-date",
  "pubdate",
  "pub_date",
  "publication_date",
  "publication-date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.published",
  "dc.date.created",
  "dcterms.created",
  "datecreated",
  "dc.date",
  "dcterms.date",
  "citation_publication_date",
  "citation_date",
  "rnews:datepublished",
  "cxenseparse:recs:publishtime",
  "article_date_original",
  "original-publish-date",
  "og:pubdate",
  "bt:pubdate",
  "prism.publicationdate",
  "date_published",
  "article:post_date",
  "date",
  "created",
];
/** Meta keys that state the last update: a fallback only. */
export const MODIFIED_META_KEYS: readonly string[] = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "dc.date.modified",
  "dcterms.modified",
  "last-modified",
  "lastmod",
  "revised",
];
/** How far after the start of the <h1> a date written in the page still belongs to the article's header, in characters. */
export const HEADER_DATE_WINDOW_AFTER_CHARS = 600;
/** How far before the <h1> a date still belongs to the header (a dateline above the title), in characters. */
export const HEADER_DATE_WINDOW_BEFORE_CHARS = 200;

export interface PublishedDatePage {
  dom: Document;
  url?: string;
  now: string;
  bodyText?: string;
}

function fromMetas(s: PageSignals, keys: readonly string[], now: string, lang?: string): PublishedDate | null {
  for (const key of keys) {
    for (const meta of s.metas) {
      if (meta.key !== key) continue;
      const d = parseStatedDate(meta.content, now, `meta:${key}`, lang);
      if (d) return d;
    }
  }
  return null;
}

/** Rank of an element as the article's own date: lower is better; side elements are never used. */
function elementRank(e: ElementSignal, h1Order: number): number {
  if (e.side || e.updated) return Number.POSITIVE_INFINITY;
  let rank = 0;
  if (!e.published) rank += 4;
  if (e.kind === "class") rank += 2;
  if (!e.main) rank += 1;
  // Far below the title the dates belong to comments or lists more often than to the article.
  if (h1Order >= 0 && e.order < h1Order - 40) rank += 1;
  return rank;
}

function fromElements(s: PageSignals, now: string, lang?: string): PublishedDate | null {
  const ranked = s.elements
    .map((e) => ({ e, rank: elementRank(e, s.h1Order) }))
    .filter((x) => Number.isFinite(x.rank))
    .sort((a, b) => a.rank - b.rank || a.e.order - b.e.order);
  for (const { e } of ranked) {
    const d = parseStatedDate(e.value, now, e.kind === "class" ? "text:date-element" : e.kind, lang);
    if (d && d.precision !== "month") return d;
  }
  return null;
}

/** A date written in the page near the title: in a window around the first <h1>. */
function fromHeaderText(s: PageSignals, now: string, lang?: string): PublishedDate | null {
  if (s.h1Offset < 0) return null;
  const from = Math.max(0, s.h1Offset - HEADER_DATE_WINDOW_BEFORE_CHARS);
  const window = s.text.slice(from, s.h1Offset + HEADER_DATE_WINDOW_AFTER_CHARS);
  // Relative words ("today", "heute") near a title are the site's date widget more often than the article's date.
  const dates = findDatesInText(window, { now, lang }).filter((d) => !d.yearless && d.date.precision !== "month" && d.form !== "relative");
  if (dates.length === 0) return null;
  // The date nearest the title wins: a dateline above it or a byline below it.
  const h1 = s.h1Offset - from;
  dates.sort((a, b) => Math.abs(a.start - h1) - Math.abs(b.start - h1));
  return { ...dates[0].date, evidence: "text:header" };
}

function primaryLang(s: PageSignals): string | undefined {
  return s.htmlLang?.slice(0, 2).toLowerCase();
}

/**
 * The page's publication date, or null when the page does not tell it.
 * 1. JSON-LD `datePublished` of the article object.
 * 2. Meta tags that state the publication date (Open Graph, Dublin Core, parsely, sailthru, …).
 * 3. Elements marked as the date: itemprop, <time pubdate>, <time>/<abbr> in the article, date-classed elements,
 *    never inside sidebars, related lists, footers or comments.
 * 4. A full date in the URL.
 * 5. A date written near the title.
 * 6. The update date from JSON-LD or meta tags, as a last resort.
 */
export function findPublishedDate(page: PublishedDatePage): PublishedDate | null {
  const s = collectPageSignals(page.dom);
  const lang = primaryLang(s);
  const { now } = page;
  const ld = datesFromJsonLd(s.jsonLd);
  const machine =
    (ld.published ? parseStatedDate(ld.published, now, "json-ld", lang) : null) ?? fromMetas(s, PUBLISHED_META_KEYS, now, lang);
  const element = fromElements(s, now, lang);
  const header = fromHeaderText(s, now, lang);
  if (machine) return preferLocalDay(machine, element ?? header);
  if (element) return element;
  const url = dateFromUrl(page.url, now);
  if (url && url.precision === "day") return url;
  if (header && (!url || header.value.startsWith(url.value))) return header;
  if (url) return url;
  const modified =
    (ld.modified ? parseStatedDate(ld.modified, now, "json-ld:modified", lang) : null) ?? fromMetas(s, MODIFIED_META_KEYS, now, lang);
  return modified;
}

/** Most days between a machine-readable date (often UTC) and the date the page shows, for both to be one publication. */
export const LOCAL_DAY_TOLERANCE_DAYS = 1;

/**
 * A machine-readable date in UTC can fall on the next or previous day of the date the page shows
 * its readers (an evening article in New York is the next day in UTC): then the shown day wins.
 */
function preferLocalDay(machine: PublishedDate, shown: PublishedDate | null): PublishedDate {
  if (!shown || shown.precision === "month" || shown.precision === "year") return machine;
  const a = Date.parse(machine.value.slice(0, 10));
  const b = Date.parse(shown.value.slice(0, 10));
  const days = Math.abs(a - b) / 86_400_000;
  if (days === 0 || days > LOCAL_DAY_TOLERANCE_DAYS) return machine;
  return { value: shown.value, precision: shown.precision, evidence: `${machine.evidence}+${shown.evidence}` };
}
