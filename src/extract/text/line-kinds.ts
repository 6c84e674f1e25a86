// What one line of a scraped page is, from its own evidence: body prose, a heading, or page furniture
// (links, leaked widgets, contacts, date stamps, labels, credits). Each judgement is a named predicate.

import { findDatesInText } from "../date/text-dates.ts";
import type { PageLine } from "./lines.ts";
import { isSectionEndLabel, isSocialList, photoCreditStart, readAlsoLabelLength } from "./markers.ts";

/** A line ending a sentence is body prose from this length on, in characters. */
export const MIN_PROSE_CHARS = 60;
/** A line is body prose from this length on even without final punctuation (a paragraph cut by the scraper). */
export const LONG_PROSE_CHARS = 150;
/** Fewest words of a line without final punctuation that is still prose (headlines are shorter), with a clause comma. */
export const MIN_UNENDED_PROSE_WORDS = 15;
/** Fewest words of a prose line. */
export const MIN_PROSE_WORDS = 6;
/** Links may cover at most this share of a body line's characters. */
export const MAX_BODY_LINK_SHARE = 0.5;
/** Letters a date stamp may have besides its date ("16:59 - 18.04.2025", "27 червня, 12:21 | 3 хв"). */
export const MAX_DATE_STAMP_EXTRA_LETTERS = 12;
/** Most words of a headline. */
export const MAX_HEADLINE_WORDS = 30;
/** Lines up to this many words without final punctuation are labels ("Бизнес", "Ми тут:") unless they are headings. */
export const MAX_LABEL_WORDS = 3;
/** Contact lines (email, phone, street address) are at most this long, in characters. */
export const MAX_CONTACT_LINE_CHARS = 160;

export type LineKind =
  | "prose"
  | "sentence"
  | "heading"
  | "list"
  | "link"
  | "markup"
  | "table"
  | "contact"
  | "date-stamp"
  | "section-end"
  | "read-also"
  | "credit"
  | "social"
  | "label"
  | "copyright"
  /** Shown on enough other pages of the same site to be its menu or footer (site-repetition.ts). */
  | "site-furniture";

const SENTENCE_END_RE = /[.!?…。！？](?:["'»”“’」』)\]）]|\s*\*+)*$/u;
const EMAIL_RE = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const PHONE_RE = /(?:\+\d{1,3}[\s(.-]*)?\(?\d{2,4}\)?[\s.-]\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?/;
const URL_RE = /\bhttps?:\/\/|\bwww\.[\w-]+\./i;
/** A word; in scripts written without spaces (Han, kana) each character counts as one. */
const WORD_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Characters read when counting words: every threshold is far below the words this many characters hold. */
export const MAX_WORD_COUNT_CHARS = 4000;

export function wordCount(text: string): number {
  return text.slice(0, MAX_WORD_COUNT_CHARS).match(WORD_RE)?.length ?? 0;
}

/** The line ends a sentence (final punctuation, maybe inside quotes or bold markers). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END_RE.test(text);
}

/** Mostly a date and a time, with at most a few letters of widget around it. */
export function isDateStamp(text: string, now: string): boolean {
  if (text.length > 60) return false;
  // A bare "today" is a widget's label, not a stamp; "today, 12:21" is one.
  const dates = findDatesInText(text, { now }).filter((d) => d.form !== "relative" || d.date.precision === "minute");
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  return (rest.match(/\p{L}/gu)?.length ?? 0) <= MAX_DATE_STAMP_EXTRA_LETTERS;
}

/** Contact details: an email, a phone number or a street address line. */
export function isContactLine(line: PageLine): boolean {
  if (line.text.length > MAX_CONTACT_LINE_CHARS) return false;
  return EMAIL_RE.test(line.text) || (PHONE_RE.test(line.text) && !endsSentence(line.text)) || URL_RE.test(line.text);
}

/** Most of the line is link text, and it is not a sentence with a link in it. */
export function isLinkLine(line: PageLine): boolean {
  return line.links > 0 && line.linkShare >= MAX_BODY_LINK_SHARE;
}

/** Scraped widget markup: several HTML elements or several cells on one line. */
export function isLeakedMarkup(line: PageLine): boolean {
  return line.htmlTags >= 2 || line.items >= 3;
}

/** A teaser: "Read also" and the other article's headline, or the label alone. */
export function isReadAlso(line: PageLine): boolean {
  const label = readAlsoLabelLength(line.text);
  if (label === 0) return false;
  const rest = line.text.slice(label).trim();
  return rest.length === 0 || !endsSentence(rest) || line.links > 0;
}

/** A body line: long enough, a sentence (or long), not mostly links. */
export function isProse(line: PageLine): boolean {
  const n = proseLength(line.text);
  if (line.linkShare >= MAX_BODY_LINK_SHARE) return false;
  if (wordCount(line.text) < MIN_PROSE_WORDS) return false;
  if (n >= LONG_PROSE_CHARS) return true;
  if (n < MIN_PROSE_CHARS) return false;
  // A sentence, one going on in the next line, or a last sentence that lost its period (too many words for a headline).
  return endsSentence(line.text) || endsClause(line.text) || (wordCount(line.text) >= MIN_UNENDED_PROSE_WORDS && line.text.includes(","));
}

/** The line stops inside a sentence (a comma, a semicolon, a dash): the sentence goes on in the next line. */
export function endsClause(text: string): boolean {
  return /[,;–—、，；]["'»”“’]*$/u.test(text);
}

const WIDE_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Length in Latin-equivalent characters: a Han, kana or Hangul character holds about as much as two letters. */
export function proseLength(text: string): number {
  return text.length + (text.slice(0, MAX_WORD_COUNT_CHARS).match(WIDE_CHAR_RE)?.length ?? 0);
}

/** A headline-shaped line: a handful of words, no final sentence punctuation (or a question). */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > MAX_HEADLINE_WORDS) return false;
  if (text.length >= LONG_PROSE_CHARS) return false;
  return !/[.!…:;,]["'»”“’]*$/u.test(text) && /^[\p{Lu}\p{N}"'«„“‘(]/u.test(text);
}

/** The line's kind, from its own evidence only (furniture first, then body shapes). */
export function lineKind(line: PageLine, now: string): LineKind {
  const text = line.text;
  if (line.tableRow) return "table";
  if (isLeakedMarkup(line)) return "markup";
  if (isSectionEndLabel(text)) return "section-end";
  if (isReadAlso(line)) return "read-also";
  if (isLinkLine(line)) return "link";
  if (isSocialList(text)) return "social";
  if (/^(?:©|\(c\)|copyright\b)/i.test(text)) return "copyright";
  if (isDateStamp(text, now)) return "date-stamp";
  if (isContactLine(line)) return "contact";
  const prose = isProse(line);
  if (!prose && photoCreditStart(text) >= 0) return "credit";
  if (line.listItem && !prose) return "list";
  if (prose) return "prose";
  if (line.heading > 0) return "heading";
  const words = wordCount(text);
  if (endsSentence(text) && words >= 2) return "sentence";
  if (words <= MAX_LABEL_WORDS) return "label";
  if (isHeadlineLike(text)) return "heading";
  return "label";
}
