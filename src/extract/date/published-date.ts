// The publication date of an HTML page, as a cascade over what the page states, strongest evidence first.

import type { Document } from "domhandler";
import type { PublishedDate } from "../../model/doc.ts";
import { BYLINE_CUES } from "../text/markers.ts";
import { alternation, PUBLISHED_CUES, UPDATED_CUES } from "./date-language.ts";
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
export const HEADER_DATE_WINDOW_BEFORE_CHARS = 300;

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

/** Beyond this distance from the title, in characters of text, a date belongs to lists or comments more often than to the article. */
export const FAR_FROM_TITLE_CHARS = 2000;

/** Rank of an element as the article's own date: lower is better; side elements are never used. */
function elementRank(e: ElementSignal, s: PageSignals): number {
  if (e.side || e.updated) return Number.POSITIVE_INFINITY;
  // A footer states the post's date only where the date is marked as the publication date.
  if (e.footer && !e.published) return Number.POSITIVE_INFINITY;
  const titled = s.h1Offset >= 0 && s.anchorIsH1;
  // Well above the title sits the site's masthead, whose date is today's ("lun. 5 août 2019 · Édition du matin").
  const aboveTitle = titled && e.textOffset < s.h1Offset - HEADER_DATE_WINDOW_BEFORE_CHARS;
  if (aboveTitle && e.kind === "class" && !e.published) return Number.POSITIVE_INFINITY;
  let rank = 0;
  if (!e.published) rank += 4;
  if (e.kind === "class") rank += 2;
  if (!e.main) rank += 1;
  if (aboveTitle) rank += 2;
  if (isFarFromTitle(e, s)) rank += 5;
  return rank;
}

/** The best-ranked date element's date, and whether it sits far from the title. */
function fromElements(s: PageSignals, now: string, lang?: string): { date: PublishedDate; far: boolean } | null {
  const ranked = s.elements
    .map((e) => ({ e, rank: elementRank(e, s) }))
    .filter((x) => Number.isFinite(x.rank))
    .sort((a, b) => a.rank - b.rank || a.e.order - b.e.order);
  for (const { e } of ranked) {
    const d = parseStatedDate(e.value, now, e.kind === "class" ? "text:date-element" : e.kind, lang);
    if (d && d.precision !== "month") return { date: d, far: isFarFromTitle(e, s) };
  }
  return null;
}

function isFarFromTitle(e: ElementSignal, s: PageSignals): boolean {
  return s.h1Offset >= 0 && Math.abs(e.textOffset - s.h1Offset) > FAR_FROM_TITLE_CHARS;
}

/** A date written in the page near the title: in a window around the first <h1>. */
function fromHeaderText(s: PageSignals, now: string, lang?: string): PublishedDate | null {
  return headerDates(s, now, lang)[0] ?? null;
}

/** Every full date written near the title, nearest first. */
function headerDates(s: PageSignals, now: string, lang?: string, after = HEADER_DATE_WINDOW_AFTER_CHARS): PublishedDate[] {
  if (s.h1Offset < 0) return [];
  const from = Math.max(0, s.h1Offset - HEADER_DATE_WINDOW_BEFORE_CHARS);
  const window = s.text.slice(from, s.h1Offset + after);
  // Relative words ("today", "heute") near a title are the site's date widget more often than the article's date.
  // A year-less date counts only with its time of day ("27 червня, 12:21"), the way news sites stamp today's articles.
  const h1 = s.h1Offset - from;
  const today = Number.isFinite(Date.parse(now)) ? new Date(now).toISOString().slice(0, 10) : "";
  const dates = findDatesInText(window, { now, lang }).filter(
    (d) =>
      (!d.yearless || d.date.precision === "minute") &&
      d.date.precision !== "month" &&
      d.form !== "relative" &&
      // The reference day without a time above the title is the site's "today" masthead.
      !(d.start < h1 && d.date.precision === "day" && d.date.value === today),
  );
  // The date nearest the title first: a dateline above it or a byline below it.
  dates.sort((a, b) => Math.abs(a.start - h1) - Math.abs(b.start - h1));
  return dates.map((d) => ({ ...d.date, evidence: "text:header" }));
}

/** A URL that states only the month: the first day of that month written in the page. */
function dayInUrlMonth(s: PageSignals, url: PublishedDate, now: string, lang?: string): PublishedDate | null {
  const day = findDatesInText(s.fullText, { now, lang }).find(
    (d) => d.date.precision !== "month" && !d.yearless && d.date.value.startsWith(url.value),
  );
  return day ? { ...day.date, evidence: "url+text" } : null;
}

/** How far into the body a wire dateline's date may sit ("KYIV, June 5 (Reuters) –"), in characters. */
export const MAX_DATELINE_OFFSET_CHARS = 60;
const DATELINE_END_RE = /^[\s,]*(?:\([\p{L} .-]{2,30}\))?\s*[–—-]/u;

/** The date of a dateline that opens the article body ("LONDON, March 3 (AP) — …"). */
function fromDateline(body: string | undefined, now: string, lang?: string): PublishedDate | null {
  if (!body) return null;
  const head = body.slice(0, MAX_DATELINE_OFFSET_CHARS + 40);
  for (const d of findDatesInText(head, { now, lang })) {
    if (d.start > MAX_DATELINE_OFFSET_CHARS || d.form === "relative" || d.date.precision === "month") break;
    if (DATELINE_END_RE.test(head.slice(d.end))) return { ...d.date, evidence: "text:dateline" };
  }
  return null;
}

/** How far after a cue word ("Veröffentlicht am", "Datum:") its date may start, in characters. */
export const MAX_CUE_DATE_GAP_CHARS = 40;
const cueSearch = (cues: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternation(cues)})(?![\\p{L}])`, "giu");
const PUBLISHED_CUE_SEARCH_RE = cueSearch(PUBLISHED_CUES);
const UPDATED_CUE_SEARCH_RE = cueSearch(UPDATED_CUES);
/** A byline: a cue and a capitalized name ("Von Christian am", "By Jane Doe,"), its date right after. */
const BYLINE_SEARCH_RE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(BYLINE_CUES)})\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}`,
  "gu",
);

/** The first date in the page text that a cue word introduces. */
function fromCueText(text: string, cues: RegExp, evidence: string, now: string, lang?: string): PublishedDate | null {
  cues.lastIndex = 0;
  for (let m = cues.exec(text); m !== null; m = cues.exec(text)) {
    const after = m.index + m[0].length;
    const window = text.slice(after, after + MAX_CUE_DATE_GAP_CHARS + 30);
    const d = findDatesInText(window, { now, lang }).find((x) => x.start <= MAX_CUE_DATE_GAP_CHARS && !x.yearless && x.form !== "relative");
    if (d && d.date.precision !== "month") return { ...d.date, evidence };
  }
  return null;
}

const SCRIPT_DATE_RE =
  /(?:publish|pubdate|first-publication|created_at|date_created|releasedate)[\w-]*["']?\s*[:=]\s*["']([^"']{8,40})["']/gi;
/** Key prefixes of variables holding an update date ("lastPublished", "modified_publish_date"). */
const SCRIPT_UPDATE_KEY_RE = /(?:modif|updat|last)[\w-]*$/i;

/** A publication date assigned to a variable in an inline script (analytics layers, app state). */
function fromScripts(s: PageSignals, now: string, lang?: string): PublishedDate | null {
  for (const code of s.scripts) {
    SCRIPT_DATE_RE.lastIndex = 0;
    for (let m = SCRIPT_DATE_RE.exec(code); m !== null; m = SCRIPT_DATE_RE.exec(code)) {
      if (SCRIPT_UPDATE_KEY_RE.test(code.slice(Math.max(0, m.index - 20), m.index))) continue;
      const d = parseStatedDate(m[1], now, "script", lang);
      if (d) return d;
    }
  }
  return null;
}

/** Any other meta tag whose name says it holds a date (`five_hundred_pixels:uploaded`, `og:video:release_date`). */
function fromDateLikeMetas(s: PageSignals, now: string, lang?: string): PublishedDate | null {
  for (const meta of s.metas) {
    if (!/date|time|publish|created|upload|release/.test(meta.key) || /modif|updat|expir|valid|lastmod|revis/.test(meta.key)) continue;
    if (!/^\s*\d{4}-\d{2}-\d{2}/.test(meta.content)) continue;
    const d = parseStatedDate(meta.content, now, `meta:${meta.key}`, lang);
    if (d) return d;
  }
  return null;
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
 * 5. A date written near the title; a wire dateline opening the body (`bodyText`).
 * 6. A date a cue word introduces anywhere in the page ("Veröffentlicht am", "Datum:").
 * 7. A publication date assigned in an inline script; any other date-named meta tag.
 * 8. The update date from JSON-LD or meta tags, then one an update cue introduces ("Stand:"), as a last resort.
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
  if (machine) {
    const modified =
      (ld.modified ? parseStatedDate(ld.modified, now, "json-ld:modified", lang) : null) ?? fromMetas(s, MODIFIED_META_KEYS, now, lang);
    // A shown date that must agree with a stated one may sit as far from the title as any date element.
    return shownMachineDate(machine, modified, headerDates(s, now, lang, FAR_FROM_TITLE_CHARS));
  }
  // A date element far from the title (a list further down) yields to a date written next to the title.
  if (element && !(element.far && header)) return element.date;
  const url = dateFromUrl(page.url, now);
  if (url && url.precision === "day") return url;
  if (header && (!url || header.value.startsWith(url.value))) return header;
  if (url) return dayInUrlMonth(s, url, now, lang) ?? url;
  return (
    fromDateline(page.bodyText, now, lang) ??
    fromCueText(s.text, PUBLISHED_CUE_SEARCH_RE, "text:cue", now, lang) ??
    fromCueText(s.text, BYLINE_SEARCH_RE, "text:byline", now, lang) ??
    fromCueText(s.fullText, PUBLISHED_CUE_SEARCH_RE, "text:cue", now, lang) ??
    fromCueText(s.fullText, BYLINE_SEARCH_RE, "text:byline", now, lang) ??
    fromScripts(s, now, lang) ??
    fromDateLikeMetas(s, now, lang) ??
    shownOnPage(
      s,
      (ld.modified ? parseStatedDate(ld.modified, now, "json-ld:modified", lang) : null) ?? fromMetas(s, MODIFIED_META_KEYS, now, lang),
      now,
      lang,
    ) ??
    fromCueText(s.fullText, UPDATED_CUE_SEARCH_RE, "text:updated", now, lang)
  );
}

/**
 * An update date stands in for the publication date only when the page shows it to its readers
 * (a site that shows only its "last updated" day); a silent `article:modified_time` is no publication date.
 */
function shownOnPage(s: PageSignals, d: PublishedDate | null, now: string, lang?: string): PublishedDate | null {
  if (!d) return null;
  const day = d.value.slice(0, 10);
  return findDatesInText(s.fullText, { now, lang }).some((x) => x.date.value.startsWith(day)) ? d : null;
}

/** Most days between a machine-readable date (often UTC) and the date the page shows, for both to be one publication. */
export const LOCAL_DAY_TOLERANCE_DAYS = 1;

function daysApart(a: PublishedDate, b: PublishedDate): number {
  return Math.abs(Date.parse(a.value.slice(0, 10)) - Date.parse(b.value.slice(0, 10))) / 86_400_000;
}

/**
 * The machine-readable dates and the dates shown under the title, reconciled:
 * 1. a shown date within a day of the stated publication or update date is the one readers see as the
 *    article's date (UTC puts an evening article in New York on the next day; "Aktualisiert am" restates it);
 * 2. otherwise the stated publication date.
 */
function shownMachineDate(machine: PublishedDate, modified: PublishedDate | null, shown: PublishedDate[]): PublishedDate {
  const stated = modified ? [machine, modified] : [machine];
  for (const d of shown) {
    if (d.precision === "month" || d.precision === "year") continue;
    const match = stated.find((m) => daysApart(m, d) <= LOCAL_DAY_TOLERANCE_DAYS);
    if (match)
      return daysApart(match, d) === 0 ? match : { value: d.value, precision: d.precision, evidence: `${match.evidence}+${d.evidence}` };
  }
  return machine;
}
