// The page-furniture vocabulary of every language in src/lang-data, as predicates over one line of text.

import * as be from "../../lang-data/be/boilerplate-markers.ts";
import * as bg from "../../lang-data/bg/boilerplate-markers.ts";
import * as cs from "../../lang-data/cs/boilerplate-markers.ts";
import * as de from "../../lang-data/de/boilerplate-markers.ts";
import * as en from "../../lang-data/en/boilerplate-markers.ts";
import * as es from "../../lang-data/es/boilerplate-markers.ts";
import * as fr from "../../lang-data/fr/boilerplate-markers.ts";
import * as pl from "../../lang-data/pl/boilerplate-markers.ts";
import * as ru from "../../lang-data/ru/boilerplate-markers.ts";
import { COPYRIGHT_SIGNS, PHOTO_AGENCIES, SOCIAL_NETWORKS } from "../../lang-data/shared/page-furniture.ts";
import * as uk from "../../lang-data/uk/boilerplate-markers.ts";
import { alternation } from "../date/date-language.ts";

const LANGS = [uk, ru, bg, be, en, de, fr, es, pl, cs];
const union = (pick: (l: (typeof LANGS)[number]) => readonly string[]): string[] => [...new Set(LANGS.flatMap(pick))];

const READ_ALSO = alternation(union((l) => l.READ_ALSO_MARKERS));
const SECTION_END = alternation(union((l) => l.SECTION_END_MARKERS));
const CREDIT = alternation(union((l) => l.PHOTO_CREDIT_MARKERS));

/** A teaser label at the start of a line, the rest being the other article's headline. */
const READ_ALSO_START_RE = new RegExp(`^(?:${READ_ALSO})(?![\\p{L}])(?!\\s*,)[\\s:.…»>\\-–—]*`, "iu");
/** A whole line that only labels what follows the article ("Коментари (0)", "Сподели:", "Leave a Reply"). */
const SECTION_END_LINE_RE = new RegExp(`^(?:${SECTION_END})(?![\\p{L}])[\\s:.!…]*(?:\\(\\d+\\)|\\d+)?[\\s:.]*$`, "iu");
/** A photo credit: a credit word with a colon, a copyright sign or an agency name ("Снимка: © Getty Images"). */
const CREDIT_RE = new RegExp(
  `(?:^|[\\s,.(|–—-])(?:(?:${CREDIT})\\s*:|${alternation(COPYRIGHT_SIGNS)}\\s*(?:${alternation(PHOTO_AGENCIES)}))`,
  "iu",
);
const AGENCY_AFTER_CREDIT_RE = new RegExp(`(?:${CREDIT})\\s*:?\\s*©?\\s*(?:${alternation(PHOTO_AGENCIES)})`, "iu");
const SOCIAL_RE = new RegExp(`^(?:(?:${alternation(SOCIAL_NETWORKS)})[\\s,|·•/]*){2,}$`, "iu");

/** The line opens with a "Read also" label; returns the label's length, or 0. */
export function readAlsoLabelLength(text: string): number {
  const m = READ_ALSO_START_RE.exec(text);
  return m ? m[0].length : 0;
}

/** The line is only a label for comments, sharing, tags, related topics or subscriptions. */
export function isSectionEndLabel(text: string): boolean {
  return SECTION_END_LINE_RE.test(text.trim());
}

/** Where a photo credit starts in the line ("… Снимка: © Getty Images"), or -1. */
export function photoCreditStart(text: string): number {
  const m = CREDIT_RE.exec(text) ?? AGENCY_AFTER_CREDIT_RE.exec(text);
  if (!m) return -1;
  return m.index + (/^[\s,.(|–—-]/.test(m[0]) ? 1 : 0);
}

/** The line only lists social networks (a share or follow widget). */
export function isSocialList(text: string): boolean {
  return SOCIAL_RE.test(text.trim());
}

/** Byline cue words of every language ("By", "Von", "Автор"). */
export const BYLINE_CUES: readonly string[] = union((l) => l.AUTHOR_CUES);
const AUTHOR_CUE_RE = new RegExp(`^(?:${alternation(BYLINE_CUES)})(?![\\p{L}])[\\s:.\\-–—]*`, "iu");
const AUTHOR_JOIN_RE = new RegExp(`\\s*(?:,|&|\\s(?:${alternation(union((l) => l.AUTHOR_JOINERS))})\\s)\\s*`, "iu");

/** The line without a byline cue ("By ", "Автор: "), and whether it had one. */
export function stripAuthorCue(text: string): { text: string; cued: boolean } {
  const m = AUTHOR_CUE_RE.exec(text);
  return m ? { text: text.slice(m[0].length), cued: true } : { text, cued: false };
}

/** Names in a byline joined by commas or "and"/"і"/"и". */
export function splitAuthors(text: string): string[] {
  return text
    .split(AUTHOR_JOIN_RE)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text opens with a byline cue followed by a capitalized name ("By Jane Doe", "Von Christian am …"). */
export function isBylineStart(text: string): boolean {
  const m = AUTHOR_CUE_RE.exec(text);
  return m !== null && m[0].length < text.length && /^\p{Lu}/u.test(text.slice(m[0].length));
}
