// Calendar arithmetic for publication dates: validating parts, the reference time, year-less dates, ISO values.

import type { DatePrecision } from "../../model/doc.ts";

/** Earliest year a web page's publication date can plausibly have. */
export const MIN_PUBLISHED_YEAR = 1990;

/** A date written with the parts it states; a missing year is resolved against the reference time. */
export interface DateParts {
  year?: number;
  month: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface ResolvedDate {
  value: string;
  precision: DatePrecision;
  /** Milliseconds since the epoch of the start of the stated period (UTC), or NaN when the year is unknown. */
  time: number;
}

/** The reference time in ms, or NaN when `now` is not a date. */
export function parseNow(now: string): number {
  const t = Date.parse(now);
  return Number.isFinite(t) ? t : Number.NaN;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

function isValidParts(p: DateParts, year: number): boolean {
  if (!(p.month >= 1 && p.month <= 12)) return false;
  if (p.day !== undefined && !(p.day >= 1 && p.day <= daysInMonth(year, p.month))) return false;
  if (p.hour !== undefined && !(p.hour >= 0 && p.hour <= 23)) return false;
  if (p.minute !== undefined && !(p.minute >= 0 && p.minute <= 59)) return false;
  return true;
}

function utc(p: DateParts, year: number): number {
  return Date.UTC(year, p.month - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
}

function isoOf(p: DateParts, year: string): { value: string; precision: DatePrecision } {
  if (p.day === undefined) return { value: `${year}-${pad(p.month)}`, precision: "month" };
  const day = `${year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined || p.minute === undefined) return { value: day, precision: "day" };
  return { value: `${day}T${pad(p.hour)}:${pad(p.minute)}`, precision: "minute" };
}

/** Two-digit years: the latest century that does not put the year after the reference year. */
export function expandYear(year: number, nowMs: number): number {
  if (year >= 100) return year;
  const nowYear = Number.isFinite(nowMs) ? new Date(nowMs).getUTCFullYear() : 2000 + year;
  const candidate = 2000 + year;
  return candidate > nowYear ? 1900 + year : candidate;
}

/**
 * Turn written parts into an ISO value. A date after the reference time is not a publication
 * date (null); a date without a year takes the latest such date not after the reference time,
 * and stays year-less (`--06-27`) when there is no reference time.
 */
export function resolveDate(p: DateParts, nowMs: number): ResolvedDate | null {
  if (p.year !== undefined) {
    if (p.year < MIN_PUBLISHED_YEAR || !isValidParts(p, p.year)) return null;
    const time = utc(p, p.year);
    if (Number.isFinite(nowMs) && time > nowMs) return null;
    return { ...isoOf(p, String(p.year)), time };
  }
  if (p.day === undefined) return null;
  if (!Number.isFinite(nowMs)) {
    if (!isValidParts(p, 2000)) return null;
    return { ...isoOf(p, "-"), time: Number.NaN };
  }
  const nowYear = new Date(nowMs).getUTCFullYear();
  for (let year = nowYear; year >= nowYear - 8; year--) {
    if (!isValidParts(p, year)) continue;
    const time = utc(p, year);
    if (time <= nowMs) return { ...isoOf(p, String(year)), time };
  }
  return null;
}

/** The day `offset` days from the reference time, with an optional time of day. */
export function relativeDay(offset: number, nowMs: number, hour?: number, minute?: number): ResolvedDate | null {
  if (!Number.isFinite(nowMs)) return null;
  const d = new Date(nowMs + offset * 86_400_000);
  return resolveDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute }, nowMs + 86_400_000);
}
