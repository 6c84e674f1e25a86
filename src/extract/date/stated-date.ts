// Dates stated in machine-readable places (ISO values in attributes, JSON-LD, URLs) turned into PublishedDate.

import type { PublishedDate } from "../../model/doc.ts";
import { type DateParts, parseNow, resolveDate } from "./calendar.ts";
import { findDatesInText } from "./text-dates.ts";

const ISO_RE = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const EPOCH_RE = /^\s*(\d{10})(?:\d{3})?\s*$/;

/** A value from an attribute or JSON field: ISO first, then epoch seconds, then any written date. */
export function parseStatedDate(value: string, now: string, evidence: string, lang?: string): PublishedDate | null {
  const nowMs = parseNow(now);
  const iso = ISO_RE.exec(value);
  if (iso) {
    const parts: DateParts = {
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      hour: iso[4] === undefined ? undefined : Number(iso[4]),
      minute: iso[5] === undefined ? undefined : Number(iso[5]),
    };
    // Midnight written as a time is a day stated in a datetime field, not a minute.
    if (parts.hour === 0 && parts.minute === 0) {
      parts.hour = undefined;
      parts.minute = undefined;
    }
    const r = resolveDate(parts, nowMs + 86_400_000);
    if (!r) return null;
    // A stated UTC offset stays on a minute-precision value: `2026-03-18T09:30+02:00` is one instant, not a wall-clock time.
    const offset = r.precision === "minute" ? isoOffset(iso[6]) : "";
    return { value: r.value + offset, precision: r.precision, evidence };
  }
  const epoch = EPOCH_RE.exec(value);
  if (epoch) {
    const d = new Date(Number(epoch[1]) * 1000);
    const r = resolveDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, nowMs + 86_400_000);
    return r ? { value: r.value, precision: r.precision, evidence } : null;
  }
  const written = findDatesInText(value.slice(0, 200), { now, lang }).find((d) => !d.yearless && d.date.precision !== "month");
  return written ? { ...written.date, evidence } : null;
}

/** `Z`, `+0200`, `+02:00` → `Z` / `+02:00`; absent → empty. */
function isoOffset(raw: string | undefined): string {
  if (!raw) return "";
  if (raw === "Z") return "Z";
  const digits = raw.replace(":", "");
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

const URL_PATTERNS: { re: RegExp; day: boolean }[] = [
  { re: /[/_-](\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/, day: true },
  { re: /\/(\d{4})(\d{2})(\d{2})(?:[/_.-]|$)/, day: true },
  { re: /\/(\d{4})\/(\d{1,2})\//, day: false },
];

/** A date in the page's URL (`/2019/11/19/`, `-2019-11-19-`, `/20191119/`, `/2019/11/`). */
export function dateFromUrl(url: string | undefined, now: string): PublishedDate | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  const nowMs = parseNow(now);
  for (const { re, day } of URL_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const r = resolveDate({ year: Number(m[1]), month: Number(m[2]), day: day ? Number(m[3]) : undefined }, nowMs + 86_400_000);
    if (r) return { value: r.value, precision: r.precision, evidence: "url" };
  }
  return null;
}

/** JSON-LD types whose dates are the page's own article. */
const ARTICLE_TYPE_RE = /(?:Article|BlogPosting|Posting|Report|WebPage|CreativeWork|Review|Recipe|VideoObject|Event|LiveBlog)$/;

interface LdDates {
  published?: string;
  created?: string;
  modified?: string;
  article: boolean;
  depth: number;
}

function walkLd(node: unknown, depth: number, out: LdDates[]): void {
  if (depth > 8 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) walkLd(item, depth, out);
    return;
  }
  const obj = node as Record<string, unknown>;
  const type = obj["@type"];
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
  const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  const published = str(obj.datePublished) ?? str(obj.uploadDate);
  const created = str(obj.dateCreated);
  const modified = str(obj.dateModified);
  if (published || created || modified) {
    out.push({ published, created, modified, article: types.some((t) => ARTICLE_TYPE_RE.test(t)), depth });
  }
  for (const [key, value] of Object.entries(obj)) {
    // Lists of other items (related articles, breadcrumbs) carry other pages' dates.
    if (key === "itemListElement" || key === "relatedLink" || key === "comment" || key === "review") continue;
    walkLd(value, depth + 1, out);
  }
}

/** The article's dates stated in JSON-LD blocks: published (or created) and modified. */
export function datesFromJsonLd(blocks: string[]): { published?: string; modified?: string } {
  const found: LdDates[] = [];
  for (const block of blocks) {
    try {
      walkLd(JSON.parse(block), 0, found);
    } catch {
      const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(block);
      if (m) found.push({ published: m[1], article: true, depth: 0 });
    }
  }
  found.sort((a, b) => Number(b.article) - Number(a.article) || a.depth - b.depth);
  const pub = found.find((f) => f.published ?? f.created);
  const mod = found.find((f) => f.modified);
  return { published: pub ? (pub.published ?? pub.created) : undefined, modified: mod?.modified };
}
