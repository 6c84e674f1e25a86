// Lines repeated across pages of one site (menus, footers, legal lines): page furniture by evidence no single
// page holds. A pure function over the pages' texts; the CLI groups pages by site and passes the keys down.

import { splitLines, stripMarkup } from "./lines.ts";

/** A line counts as a site's furniture when this many distinct pages of the site show it… */
export const MIN_PAGES_SHARING_LINE = 3;
/** …and at least this share of the site's pages do (a story told on two pages of five is not furniture). */
export const MIN_SITE_SHARE = 0.5;
/** Lines shorter than this, in characters of their key, are never keyed (short labels are furniture already). */
export const MIN_SITE_LINE_KEY_CHARS = 12;

const LIST_ITEM_RE = /^\s*(?:[-*+•·▪►]|\d{1,3}[.)])\s+/;

/**
 * A line's key for comparing it across pages: Markdown link, bold and heading markup stripped, trimmed,
 * whitespace collapsed, lowercase, digits masked (a footer's year or a menu's counter may change).
 * Empty when the line is too short to be keyed.
 */
export function lineKey(line: string): string {
  const key = stripMarkup(line.replace(LIST_ITEM_RE, ""))
    .toLowerCase()
    .replace(/\p{Nd}/gu, "0")
    .replace(/\s+/g, " ")
    .trim();
  return key.length >= MIN_SITE_LINE_KEY_CHARS ? key : "";
}

/** The distinct keys of a page's lines. */
export function pageLineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of splitLines(text)) {
    const key = lineKey(line.text);
    if (key) keys.add(key);
  }
  return keys;
}

/** Is a line shown on `pagesWithLine` of a site's `sitePages` pages the site's furniture? */
export function isSiteFurniture(pagesWithLine: number, sitePages: number): boolean {
  return pagesWithLine >= MIN_PAGES_SHARING_LINE && pagesWithLine >= sitePages * MIN_SITE_SHARE;
}

/** The same as `repeatedLines`, from each page's distinct keys (what the CLI keeps instead of the texts). */
export function repeatedKeys(pages: readonly { site: string; keys: ReadonlySet<string> }[]): Map<string, Set<string>> {
  const perSite = new Map<string, { pages: number; counts: Map<string, number> }>();
  for (const page of pages) {
    let site = perSite.get(page.site);
    if (!site) {
      site = { pages: 0, counts: new Map() };
      perSite.set(page.site, site);
    }
    site.pages++;
    for (const key of page.keys) site.counts.set(key, (site.counts.get(key) ?? 0) + 1);
  }
  const out = new Map<string, Set<string>>();
  for (const [name, site] of perSite) {
    const keys = new Set<string>();
    for (const [key, n] of site.counts) if (isSiteFurniture(n, site.pages)) keys.add(key);
    out.set(name, keys);
  }
  return out;
}

/** Per site, the keys (`lineKey`) of lines that enough of its pages share to be furniture (`isSiteFurniture`). */
export function repeatedLines(pages: readonly { site: string; text: string }[]): Map<string, Set<string>> {
  return repeatedKeys(pages.map((p) => ({ site: p.site, keys: pageLineKeys(p.text) })));
}
