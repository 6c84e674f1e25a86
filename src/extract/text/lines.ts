// Scraped text and Markdown split into lines with the evidence each carries: its text without markup,
// heading level, list item, link share, leaked HTML, and the block (blank-line-separated run) it sits in.

/** One non-blank line of the page. */
export interface PageLine {
  /** Index among the page's non-blank lines. */
  index: number;
  /** Block number: lines separated by no blank line share one. */
  block: number;
  raw: string;
  /** The line without Markdown or HTML markup, spaces collapsed. */
  text: string;
  /** Markdown heading level (1–6), 0 when none. */
  heading: number;
  /** A Markdown or bulleted list item. */
  listItem: boolean;
  /** Share of the text's characters inside links. */
  linkShare: number;
  /** Number of links on the line. */
  links: number;
  /** Number of HTML elements that leaked into the line (scraped widgets). */
  htmlTags: number;
  /** Separate items the line holds (HTML paragraphs, table cells). */
  items: number;
  /** Markdown table row or rule. */
  tableRow: boolean;
  /** Wrapped in bold markers as a whole. */
  bold: boolean;
}

const MD_LINK_RE = /!?\[([^\]]*)\]\(([^)]*)\)/g;
const HTML_TAG_RE = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;
const HTML_BREAK_TAG_RE = /<\/(?:p|div|li|td|th|h\d)>|<br\s*\/?>/gi;
const LIST_ITEM_RE = /^\s*(?:[-*+•·▪►]|\d{1,3}[.)])\s+/;
const HEADING_RE = /^\s{0,3}(#{1,6})\s+/;
const TABLE_ROW_RE = /^\s*\|?\s*:?-{2,}:?\s*(?:[|\t]\s*:?-{2,}:?\s*)*\|?\s*$|^\s*\|.*\|\s*$/;

/** Decode the few HTML entities scraped text carries. */
function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** The text of a line without Markdown emphasis, links, headings, list bullets or HTML tags. */
export function stripMarkup(raw: string): string {
  return decodeEntities(
    raw
      .replace(HEADING_RE, "")
      .replace(MD_LINK_RE, (_, text: string) => text)
      .replace(HTML_TAG_RE, " ")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,:;!?]|$)/g, "$1$2")
      .replace(/\*\*|__/g, ""),
  )
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}

function linkStats(raw: string, textLength: number): { links: number; share: number } {
  let links = 0;
  let chars = 0;
  for (const m of raw.matchAll(MD_LINK_RE)) {
    links++;
    chars += stripMarkup(m[1]).length;
  }
  for (const m of raw.matchAll(/<a\s[^>]*>([^<]*)<\/a>/gi)) {
    links++;
    chars += m[1].trim().length;
  }
  return { links, share: textLength > 0 ? Math.min(1, chars / textLength) : 0 };
}

/** Split a page into its non-blank lines with their evidence. */
export function splitLines(page: string): PageLine[] {
  const out: PageLine[] = [];
  let block = 0;
  let blankRun = true;
  for (const rawLine of page.replace(/\r\n?/g, "\n").split("\n")) {
    const raw = rawLine.replace(/\s+$/, "");
    const text = stripMarkup(raw.replace(LIST_ITEM_RE, ""));
    if (!text || (/^[\s\-–—_=*|]+$/.test(raw) && !TABLE_ROW_RE.test(raw))) {
      if (!blankRun) block++;
      blankRun = true;
      continue;
    }
    blankRun = false;
    const heading = HEADING_RE.exec(raw)?.[1].length ?? 0;
    const { links, share } = linkStats(raw, text.length);
    const htmlTags = (raw.match(HTML_TAG_RE) ?? []).length;
    const breaks = (raw.match(HTML_BREAK_TAG_RE) ?? []).length;
    const cells = raw.includes("\t") ? raw.split("\t").filter((c) => c.trim()).length : 1;
    const trimmed = raw.trim();
    out.push({
      index: out.length,
      block,
      raw,
      text,
      heading,
      listItem: LIST_ITEM_RE.test(raw),
      linkShare: share,
      links,
      htmlTags,
      items: Math.max(1, breaks, cells),
      tableRow: TABLE_ROW_RE.test(raw),
      bold: /^(\*\*|__).+(\*\*|__)$/.test(trimmed.replace(HEADING_RE, "")),
    });
  }
  return out;
}
