// Title, authors, site and publication date of a scraped page, read from the lines above its body.

import type { PublishedDate } from "../../model/doc.ts";
import { alternation, PUBLISHED_CUES } from "../date/date-language.ts";
import { findDatesInText } from "../date/text-dates.ts";
import type { LineKind } from "./line-kinds.ts";
import { isHeadlineLike, wordCount } from "./line-kinds.ts";
import type { PageLine } from "./lines.ts";
import { photoCreditStart, splitAuthors, stripAuthorCue } from "./markers.ts";

/** A header line with its kind. */
export interface HeaderLine {
  line: PageLine;
  kind: LineKind;
  /** The page shows the line more than once. */
  repeated?: boolean;
}

export interface TextMetadata {
  title?: string;
  author?: string[];
  site?: string;
  published: PublishedDate | null;
}

/** Most lines between the title and a byline or date that still belong to the article's header. */
export const MAX_HEADER_DISTANCE_LINES = 3;
/** A header with this many date stamps holds a list of other articles, whose dates are theirs. */
export const MIN_LISTING_DATE_STAMPS = 2;
/** Characters of the body read for lowercase words (names are never written lowercase). */
export const MAX_BODY_WORDS_CHARS = 50_000;
/** Longest byline, in characters. */
export const MAX_BYLINE_CHARS = 80;

const BREADCRUMB_SEPARATOR_RE = /\s+(?:\/|›|»|>|→|\\)\s+/;
const TITLE_SITE_SEPARATOR_RE = /\s+(?:\||–|—|-|::)\s+(?=[^|–—]+$)/;
const NAME_TOKEN_RE = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?|\p{Lu}\.)$/u;

/** A breadcrumb trail ("24 Канал / Новини України / …"): its items, or null. */
export function breadcrumbItems(text: string): string[] | null {
  const items = text.split(BREADCRUMB_SEPARATOR_RE).map((s) => s.trim());
  return items.length >= 2 && items.every((s) => s.length > 0) && items.slice(0, -1).every((s) => wordCount(s) <= 4) ? items : null;
}

/** A personal name: two to four capitalized words (initials allowed), nothing else. */
export function isPersonalName(text: string): boolean {
  const tokens = text.split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => NAME_TOKEN_RE.test(t)) && tokens.some((t) => t.length > 2);
}

/** The title without a photo credit on the same line or the site's name after a separator. */
/** The site's name after a " | " at the end of a title ("Ferry returns | Harbour News"), or undefined. */
export function siteSuffix(text: string): string | undefined {
  const parts = text.split(TITLE_SITE_SEPARATOR_RE);
  return parts.length === 2 && / \| /.test(text) && wordCount(parts[1]) <= 4 ? parts[1].trim() : undefined;
}

export function cleanTitle(text: string, site?: string): string {
  let title = text;
  const credit = photoCreditStart(title);
  if (credit > 0) title = title.slice(0, credit);
  const parts = title.split(TITLE_SITE_SEPARATOR_RE);
  if (parts.length === 2 && site && parts[1].trim().toLowerCase() === site.toLowerCase()) title = parts[0];
  else if (parts.length === 2 && / \| /.test(title) && wordCount(parts[1]) <= 4) title = parts[0];
  return title.replace(/[\s,;:|–—-]+$/, "").trim();
}

function findTitle(header: HeaderLine[]): { title?: string; site?: string; at: number; crumbs: string[] } {
  const found = findTitleIn(header);
  const crumbs = header.map((h) => breadcrumbItems(h.line.text)).find((items) => items !== null) ?? [];
  return { ...found, crumbs };
}

function findTitleIn(header: HeaderLine[]): { title?: string; site?: string; at: number } {
  let site: string | undefined;
  let crumbTitle: string | undefined;
  let crumbAt = -1;
  for (const [i, h] of header.entries()) {
    const items = breadcrumbItems(h.line.text);
    if (items && h.line.links <= items.length) {
      site = items[0];
      crumbTitle = items[items.length - 1];
      crumbAt = i;
      break;
    }
  }
  // 1. A Markdown heading above the body, the highest level first.
  const headings = header.map((h, i) => ({ h, i })).filter(({ h }) => h.line.heading > 0);
  headings.sort((a, b) => a.h.line.heading - b.h.line.heading || a.i - b.i);
  if (headings.length > 0) return { title: cleanTitle(headings[0].h.line.text, site), site, at: headings[0].i };
  // 2. The last item of a breadcrumb trail.
  if (crumbTitle && isHeadlineLike(crumbTitle) && wordCount(crumbTitle) >= 3)
    return { title: cleanTitle(crumbTitle, site), site, at: crumbAt };
  // 3. A headline-shaped line (a photo credit on it cut off): one the page shows twice (a title above its
  //    heading), else the first; when a list of date-stamped items sits above the article, after that list.
  const from = afterListing(header);
  const candidates: { title: string; at: number; repeated: boolean }[] = [];
  for (const [i, h] of header.entries()) {
    if (i < from || (h.kind !== "heading" && h.kind !== "credit" && h.kind !== "label")) continue;
    const title = cleanTitle(h.line.text, site);
    // The page's first line, already judged a title for its place, may run longer than a headline.
    const shaped = isHeadlineLike(title) || (h.line.index === 0 && h.kind === "heading");
    if (wordCount(title) >= 3 && shaped && !isPersonalName(title)) candidates.push({ title, at: i, repeated: h.repeated === true });
  }
  const best = candidates.find((c) => c.repeated) ?? candidates[0];
  return best ? { title: best.title, site, at: best.at } : { site, at: -1 };
}

/**
 * Authors from a byline just under the title: personal names, with or without a cue ("By", "Автор:").
 * Not a breadcrumb item or rubric ("Новини України"), and no name word written lowercase in the body
 * (common nouns are, names are not).
 */
function findAuthor(
  header: HeaderLine[],
  titleAt: number,
  isBodyWord: (word: string) => boolean,
  title?: string,
  crumbs: string[] = [],
): string[] | undefined {
  const from = titleAt >= 0 ? titleAt + 1 : 0;
  for (const h of header.slice(from, from + MAX_HEADER_DISTANCE_LINES + 1)) {
    const text = h.line.text;
    if (text.length > MAX_BYLINE_CHARS || text === title || crumbs.includes(text)) continue;
    const { text: rest } = stripAuthorCue(text);
    const names = splitAuthors(rest);
    if (names.length === 0 || !names.every(isPersonalName)) continue;
    const common = names.some((n) => n.split(/\s+/).some(isBodyWord));
    if (!common) return names;
  }
  return undefined;
}

const PUBLISHED_CUE_START_RE = new RegExp(`^[^\\p{L}]*(?:${alternation(PUBLISHED_CUES)})(?![\\p{L}])`, "iu");

/**
 * Where the header's list of other articles ends: after the last of two or more date stamps that no
 * publication cue introduces ("Published 19 November" is the article's own stamp); 0 when there is no list.
 */
export function afterListing(header: HeaderLine[]): number {
  const stamps = header
    .map((h, i) => (h.kind === "date-stamp" && !PUBLISHED_CUE_START_RE.test(h.line.text) ? i : -1))
    .filter((i) => i >= 0);
  return stamps.length >= MIN_LISTING_DATE_STAMPS ? stamps[stamps.length - 1] + 1 : 0;
}

function findDate(header: HeaderLine[], titleAt: number, now: string): PublishedDate | null {
  // Date stamps above the body, two or more, are a list of other articles (a sidebar, a "most read" box):
  // only lines after that list can date the article.
  const from = afterListing(header);
  const order = header
    .map((h, i) => ({ h, i, distance: titleAt >= 0 ? Math.abs(i - titleAt) : header.length - i }))
    .filter(({ i, distance }) => i >= from && (titleAt < 0 || distance <= MAX_HEADER_DISTANCE_LINES + 1))
    .sort((a, b) => a.distance - b.distance);
  const today = Number.isFinite(Date.parse(now)) ? new Date(now).toISOString().slice(0, 10) : "";
  for (const { h, i } of order) {
    if (h.kind === "prose") continue;
    // A bare "today" above a page is the site's date widget; a relative day with a time stamps the article.
    const found = findDatesInText(h.line.text, { now }).find((d) => d.form !== "relative" || d.date.precision === "minute");
    if (!found) continue;
    // The reference day without a time, above the title: the site's "today" masthead, not the article's date.
    if (titleAt >= 0 && i < titleAt && found.date.precision === "day" && found.date.value === today) continue;
    return { ...found.date, evidence: "text:header" };
  }
  return null;
}

/** Lowercase body words capitalized, to compare with the words of a name line. */
function capitalizedSet(words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(w.charAt(0).toUpperCase() + w.slice(1));
  return out;
}

/** Metadata from the header lines (those above the body), and none from sidebars or lists below it. */
export function readHeader(header: HeaderLine[], now: string, bodyText = ""): TextMetadata {
  const { title, site: crumbSite, at, crumbs } = findTitle(header);
  const site = crumbSite ?? (at >= 0 ? siteSuffix(header[at].line.text) : undefined);
  // The body's words are gathered only when a byline needs checking: most pages have none, and the
  // scan over the body was a third of the header's cost.
  let bodyWords: Set<string> | undefined;
  const isBodyWord = (word: string) => {
    bodyWords ??= capitalizedSet(new Set(bodyText.slice(0, MAX_BODY_WORDS_CHARS).match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []));
    return bodyWords.has(word);
  };
  return {
    title: title || undefined,
    author: findAuthor(header, at, isBodyWord, title, crumbs),
    site,
    published: findDate(header, at, now),
  };
}
