// HTML metadata: title (site suffix, photo credit and doubling removed), authors, site name,
// canonical URL, tags and the language hint, each from the strongest source the page offers.

import type { JsonLdArticle } from "./json-ld.ts";
import type { PageFacts } from "./page-facts.ts";

export interface HtmlMetadata {
  title?: string;
  author?: string[];
  site?: string;
  canonicalUrl?: string;
  tags?: string[];
  langHint?: string;
}

/** Separators between a title and the site's name: " | Site", " - Site", " — Site", " :: Site", " · Site". */
export const TITLE_SEPARATOR = /\s+(?:[|\u2013\u2014·•»:]{1,2}|-{1,2})\s+/;
/** A trailing title part this short (in words) may be a site name even when the site is not declared. */
export const MAX_SITE_PART_WORDS = 4;
/** Longest author name accepted, in characters. */
export const MAX_AUTHOR_CHARS = 60;
/** Most tags kept. */
export const MAX_TAGS = 40;

/** Photo/video credits and media markers glued to titles: "(PHOTO)", "[ВІДЕО]", "| ФОТО", "+ video". */
const MEDIA_MARKER =
  /\s*(?:[([]\s*(?:photos?|video|videos|фото|відео|видео|снимки|галерия|gallery|infographic|інфографіка|инфографика)(?:\s*[,+/&]\s*\S+)?\s*[)\]]|[|+]\s*(?:photos?|video|фото|відео|видео)(?:\s*[+,]\s*\S+)?)\s*$/i;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function first(facts: PageFacts, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = facts.meta.get(key)?.find((x) => x.length > 0);
    if (v) return v;
  }
  return undefined;
}

/** Is `part` the site's name (declared name, or the host name's main label)? */
export function isSitePart(part: string, site: string | undefined, host: string | undefined): boolean {
  const p = norm(part).replace(/ /g, "");
  if (p.length === 0) return false;
  if (site && norm(site).replace(/ /g, "") === p) return true;
  if (host) {
    const label = host
      .replace(/^www\d?\./, "")
      .split(".")
      .slice(0, -1)
      .join("");
    if (label.length > 2 && (p === label.replace(/[^a-z0-9]/g, "") || p.replace(/com|net|org|ua|bg|ru$/g, "") === label)) return true;
  }
  return false;
}

/** "X | X" or "X X" doubled titles become "X". */
export function undoubleTitle(title: string): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length === 2 && norm(parts[0] as string) === norm(parts[1] as string)) return parts[0] as string;
  const half = title.length / 2;
  if (Number.isInteger(half - 0.5)) {
    const a = title.slice(0, half - 0.5).trim();
    const b = title.slice(half + 0.5).trim();
    if (a.length > 10 && a === b) return a;
  }
  return title;
}

/** Strip a site suffix or prefix, media markers and doubling from a title. */
export function cleanTitle(raw: string, site: string | undefined, host: string | undefined): string {
  let title = undoubleTitle(raw.replace(/[\s\u00a0]+/g, " ").trim());
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length > 1) {
    const last = parts[parts.length - 1] as string;
    const head = parts[0] as string;
    if (isSitePart(last, site, host)) title = title.slice(0, title.lastIndexOf(last)).replace(new RegExp(`${TITLE_SEPARATOR.source}$`), "");
    else if (isSitePart(head, site, host)) title = title.slice(head.length).replace(new RegExp(`^${TITLE_SEPARATOR.source}`), "");
    else if (/\s[|•·]\s/.test(title)) {
      // "Headline | Section | Site", "Headline • Site": undeclared site names after a pipe or bullet, when short.
      const pipeParts = title.split(/\s+[|•·]\s+/);
      const kept = [pipeParts[0] as string];
      for (const part of pipeParts.slice(1)) if (part.split(/\s+/).length > MAX_SITE_PART_WORDS) kept.push(part);
      title = kept.join(" | ");
    }
  }
  return title.replace(MEDIA_MARKER, "").trim();
}

/** Does `a` read as the same headline as `b` (one contains the other once normalized)? */
function sameHeadline(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/** Shortest and longest `<h1>` taken as the headline, in characters. */
export const MIN_H1_CHARS = 8;
export const MAX_H1_CHARS = 300;

/** Is this `<h1>` the page's headline rather than its logo or a section name? */
export function isHeadlineH1(h1: string, site: string | undefined, host: string | undefined): boolean {
  if (h1.length < MIN_H1_CHARS || h1.length > MAX_H1_CHARS) return false;
  // Logos wrapped in <h1>: the site's own name.
  if (isSitePart(h1, site, host)) return false;
  return h1.split(/\s+/).length >= 2;
}

/** Choose the title: the `<h1>` the page shows as its headline, else the declared title cleaned. */
export function chooseTitle(
  facts: PageFacts,
  ld: JsonLdArticle | undefined,
  site: string | undefined,
  host: string | undefined,
): string | undefined {
  const declared = first(facts, "og:title", "twitter:title") ?? ld?.headline ?? facts.title;
  const cleaned = declared ? cleanTitle(declared, site, host) : undefined;
  // The h1 that matches the declared title, then the only (or first) plausible h1.
  const matching = facts.h1.find((h) => cleaned !== undefined && sameHeadline(h, cleaned) && norm(h).length >= norm(cleaned).length * 0.5);
  if (matching) return cleanTitle(matching, site, host);
  const plausible = facts.h1.filter((h) => isHeadlineH1(h, site, host));
  if (plausible.length === 1 || (plausible.length > 1 && !cleaned)) return cleanTitle(plausible[0] as string, site, host);
  return cleaned;
}

/** Split a byline into names: "By A, B and C" → [A, B, C]. */
export function splitAuthors(byline: string): string[] {
  const text = byline
    .replace(/&amp;/g, "&")
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^(?:by|from|written by|posted by|автор(?:и|ы)?|від|от|author|authors)\s*:?\s*(?=\p{Lu})/iu, "")
    .replace(/\s*[|•·].*$/, "")
    .replace(/\s*[-–—]\s*$/, "")
    .trim();
  const names = text.split(/\s*[,;&]\s*|\s+(?:and|und|et|и|і|та|й)\s+/i);
  return names.map((n) => n.replace(/^(?:by|від|от)\s+/i, "").trim()).filter((n) => isAuthorName(n) && !isCredential(n));
}

/** Lowercase words allowed inside a name ("van der Merwe", "de la Cruz", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van",
  "der",
  "den",
  "de",
  "la",
  "le",
  "von",
  "di",
  "da",
  "del",
  "dos",
  "du",
  "bin",
  "al",
  "el",
  "ibn",
  "ter",
  "y",
]);

/** Degrees and post-nominals that follow a name in a byline ("MS", "RD", "Ph.D.", "MBA"). */
export function isCredential(piece: string): boolean {
  return /^(?:\p{Lu}{2,5}|(?:\p{L}{1,3}\.){1,3}|Ph\.?D\.?|Jr\.?|Sr\.?)$/u.test(piece.trim());
}

/** A plausible author name: a few capitalized words (particles aside), no URL, e-mail, digits or sentence. */
export function isAuthorName(name: string): boolean {
  if (name.length < 3 || name.length > MAX_AUTHOR_CHARS) return false;
  if (/^https?:|www\.|@|\.com\b|[*<>{}=]/i.test(name)) return false;
  if (/\d{2}/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  // User names and slugs ("andrew.keaveney", "kffnirmitap"), sentences ("I've consulted with…").
  return (
    words.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || NAME_PARTICLES.has(w) || /^\p{Lu}?['’.]/u.test(w)) &&
    !/^(?:written|posted|updated|published|share|cite|name|undefined|admin)\b/i.test(name)
  );
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list) {
    const key = norm(item);
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** Authors: JSON-LD, then meta author tags, then bylines in the page. */
export function chooseAuthors(facts: PageFacts, ld: JsonLdArticle | undefined): string[] | undefined {
  const fromLd = dedupe((ld?.authors ?? []).flatMap(splitAuthors));
  if (fromLd.length > 0) return fromLd;
  const orgs = dedupe((ld?.organizationAuthors ?? []).flatMap(splitAuthors));
  const meta = [...(facts.meta.get("author") ?? []), ...(facts.meta.get("article:author") ?? []), ...(facts.meta.get("dc.creator") ?? [])];
  const fromMeta = dedupe(meta.filter((m) => !/^https?:/i.test(m)).flatMap(splitAuthors));
  if (fromMeta.length > 0) return fromMeta;
  for (const byline of facts.bylines) {
    const names = dedupe(splitAuthors(byline));
    if (names.length > 0) return names;
  }
  return orgs.length > 0 ? orgs : undefined;
}

/** BCP 47 tag → primary language subtag, lowercase ("uk-UA" → "uk"); undefined when not a language tag. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag);
  return m ? (m[1] as string).toLowerCase() : undefined;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}

/** All metadata of an HTML page. `url` is the page's own address when known (for relative links and the host). */
export function readMetadata(facts: PageFacts, ld: JsonLdArticle | undefined, url: string | undefined): HtmlMetadata {
  const canonicalUrl = resolveUrl(facts.links.get("canonical")?.[0] ?? first(facts, "og:url") ?? ld?.url, url);
  let host: string | undefined;
  try {
    host = new URL(canonicalUrl ?? url ?? "").hostname;
  } catch {
    host = undefined;
  }
  const site = first(facts, "og:site_name", "application-name", "twitter:site:name") ?? ld?.publisher;
  const tagList = [
    ...(facts.meta.get("article:tag") ?? []),
    ...(facts.meta.get("news_keywords") ?? []).flatMap((k) => k.split(",")),
    ...(facts.meta.get("keywords") ?? []).flatMap((k) => k.split(",")),
    ...(ld?.keywords ?? []),
  ]
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length < 80);
  const tags = dedupe(tagList).slice(0, MAX_TAGS);
  const langHint =
    primaryLanguage(facts.htmlLang) ??
    primaryLanguage(first(facts, "content-language", "language", "dc.language")) ??
    primaryLanguage(first(facts, "og:locale")) ??
    primaryLanguage(ld?.inLanguage);
  const meta: HtmlMetadata = {};
  const title = chooseTitle(facts, ld, site, host);
  if (title) meta.title = title;
  const author = chooseAuthors(facts, ld);
  if (author) meta.author = author;
  if (site) meta.site = site.trim();
  if (canonicalUrl) meta.canonicalUrl = canonicalUrl;
  if (tags.length > 0) meta.tags = tags;
  if (langHint) meta.langHint = langHint;
  return meta;
}
