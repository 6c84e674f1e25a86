// Dates written in running text, in every language of src/lang-data: "27 червня, 12:21", "6 Декември, 2025",
// "18.04.2025", "3 декември 1994 г.", "February 24, 2022", ISO, "вчора о 14:00".

import type { PublishedDate } from "../../model/doc.ts";
import { type DateParts, expandYear, parseNow, type ResolvedDate, relativeDay, resolveDate } from "./calendar.ts";
import { alternation, DAY_OFFSET_BY_WORD, MONTH_BY_NAME, slashOrder, YEAR_SUFFIXES } from "./date-language.ts";

/** A date found in text, with its span and how it was written. */
export interface TextDate {
  date: PublishedDate;
  start: number;
  end: number;
  /** The year was not written and was inferred from the reference time. */
  yearless: boolean;
  /** Which pattern matched: iso | ymd | dmy | d-month | month-d | month-y | relative */
  form: string;
}

export interface TextDateOptions {
  now: string;
  lang?: string;
}

/** Most characters between a date and a time of day that belong to it ("27 червня, 12:21", "16:59 - 18.04.2025"). */
export const MAX_DATE_TIME_GAP_CHARS = 8;

const MONTH = `(${alternation(MONTH_BY_NAME.keys())})`;
const SUFFIX = YEAR_SUFFIXES.length > 0 ? `(?:\\s*(?:${alternation(YEAR_SUFFIXES)})\\.?(?!\\p{L}))?` : "";
const NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
const NOT_LETTER_AFTER = "(?![\\p{L}])";

interface Pattern {
  form: string;
  re: RegExp;
  parts(m: RegExpExecArray, lang: string | undefined, nowMs: number): DateParts | null;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number.parseInt(s, 10));
const month = (s: string): number => MONTH_BY_NAME.get(s.toLowerCase().replace(/\.$/, "")) ?? 0;

const PATTERNS: Pattern[] = [
  {
    form: "iso",
    re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?(?!\d)/gu,
    parts: (m) => ({ year: num(m[1]), month: num(m[2])!, day: num(m[3]), hour: num(m[4]), minute: num(m[5]) }),
  },
  {
    form: "ymd",
    re: /(?<![\d.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu,
    parts: (m) => ({ year: num(m[1]), month: num(m[3])!, day: num(m[4]) }),
  },
  {
    form: "dmy",
    re: /(?<![\d.,/])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,]\d)/gu,
    parts: (m, lang, nowMs) => {
      const a = num(m[1])!;
      const b = num(m[3])!;
      const year = expandYear(num(m[4])!, nowMs);
      // Slashes in a month-first language read month/day unless the first number cannot be a month.
      const monthFirst = m[2] === "/" && slashOrder(lang) === "mdy" && a <= 12;
      return monthFirst ? { year, month: a, day: b } : { year, month: b, day: a };
    },
  },
  {
    form: "d-month",
    re: new RegExp(
      `${NOT_LETTER_BEFORE}(\\d{1,2})(?:\\.|-?(?:го|ого|st|nd|rd|th|er))?\\s*(?:de\\s+)?${MONTH}\\.?${NOT_LETTER_AFTER}(?:,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)${SUFFIX})?`,
      "giu",
    ),
    parts: (m) => ({ year: num(m[3]), month: month(m[2]), day: num(m[1]) }),
  },
  {
    form: "month-d",
    re: new RegExp(`${NOT_LETTER_BEFORE}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})(?!\\d))?`, "giu"),
    parts: (m) => ({ year: num(m[3]), month: month(m[1]), day: num(m[2]) }),
  },
  {
    form: "month-y",
    re: new RegExp(`${NOT_LETTER_BEFORE}${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)${SUFFIX}`, "giu"),
    parts: (m) => ({ year: num(m[2]), month: month(m[1]) }),
  },
];

const RELATIVE_RE = new RegExp(`${NOT_LETTER_BEFORE}(${alternation(DAY_OFFSET_BY_WORD.keys())})${NOT_LETTER_AFTER}`, "giu");
const TIME_AFTER_RE =
  /^[\s,|–—-]{0,3}(?:(?:о|об|в|во|у|at|um|à|a las|alle|o|v|г\.|р\.)\s+)?(\d{1,2})[:h](\d{2})(?!\d)(?:\s*([ap])\.?m\.?(?!\p{L}))?/iu;
const TIME_BEFORE_RE = /(?<![\d:])(\d{1,2}):(\d{2})[\s,|–—-]{0,4}$/u;

/** A time of day written right after or right before a date span. */
function attachedTime(text: string, start: number, end: number): { hour: number; minute: number; start: number; end: number } | null {
  const after = TIME_AFTER_RE.exec(text.slice(end, end + MAX_DATE_TIME_GAP_CHARS + 8));
  if (after) {
    const h = num(after[1])!;
    // 12-hour clock: "10:28 p.m." is 22:28, "12:05 a.m." is 00:05.
    const hour = after[3] === undefined || h > 12 ? h : (h % 12) + (after[3].toLowerCase() === "p" ? 12 : 0);
    return { hour, minute: num(after[2])!, start, end: end + after[0].length };
  }
  const before = TIME_BEFORE_RE.exec(text.slice(Math.max(0, start - MAX_DATE_TIME_GAP_CHARS - 5), start));
  if (before) return { hour: num(before[1])!, minute: num(before[2])!, start: start - before[0].length, end };
  return null;
}

function toTextDate(r: ResolvedDate, start: number, end: number, yearless: boolean, form: string): TextDate {
  return { date: { value: r.value, precision: r.precision, evidence: "text" }, start, end, yearless, form };
}

/** Every date written in `text`, in text order, overlapping matches resolved to the longest. */
export function findDatesInText(text: string, opts: TextDateOptions): TextDate[] {
  const nowMs = parseNow(opts.now);
  const found: TextDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m !== null; m = pattern.re.exec(text)) {
      const parts = pattern.parts(m, opts.lang, nowMs);
      if (!parts) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      if (parts.day !== undefined) {
        const t = attachedTime(text, start, end);
        if (t && t.hour <= 23 && t.minute <= 59) {
          parts.hour = t.hour;
          parts.minute = t.minute;
          start = t.start;
          end = t.end;
        }
      }
      const resolved = resolveDate(parts, nowMs);
      if (resolved) found.push(toTextDate(resolved, start, end, parts.year === undefined, pattern.form));
    }
  }
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(text); m !== null; m = RELATIVE_RE.exec(text)) {
    const offset = DAY_OFFSET_BY_WORD.get(m[1].toLowerCase()) ?? 0;
    const end = m.index + m[0].length;
    const t = attachedTime(text, m.index, end);
    const resolved = relativeDay(offset, nowMs, t?.hour, t?.minute);
    if (resolved) found.push(toTextDate(resolved, t?.start ?? m.index, t?.end ?? end, false, "relative"));
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: TextDate[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

/** The first date written in `text` (the one a header line or a byline states), or null. */
export function findDateInText(text: string, opts: TextDateOptions): { date: PublishedDate; start: number; end: number } | null {
  const first = findDatesInText(text, opts)[0];
  return first ? { date: first.date, start: first.start, end: first.end } : null;
}
