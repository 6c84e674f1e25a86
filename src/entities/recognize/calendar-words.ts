// Days and months in English names. English capitalizes them, so the model, trained mostly on languages
// that write them in lowercase, reads "late Saturday" or "June 28" as a name (in 662 English news
// articles of the WMT test sets the shipped model found 78 such, 66 of them weekdays). The guidelines
// (CoNLL's and BSNLP's) leave dates out: a span that is only a weekday is no name, nor one that is only a
// month next to a number or after a word that opens a time ("in October", "since May"). Any other month
// stays, as it may be a name ("May said", "June Carter").

import { MONTHS } from "../../lang-data/en/months.ts";
import { WEEKDAYS } from "../../lang-data/en/weekdays.ts";
import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const DAYS: ReadonlySet<string> = new Set(WEEKDAYS);
/** Lowercase words before a month that make it a time ("in May", "late October"). */
const TIME_OPENERS: ReadonlySet<string> = new Set([
  "in",
  "since",
  "until",
  "till",
  "by",
  "from",
  "during",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
]);

function isNumber(token: RecToken | undefined): boolean {
  return token !== undefined && /^\d/.test(token.surface);
}

/** Whether the one-token span at `i` is a date word: a weekday, or a month beside a number ("June 28") or after a time's opener. */
function isDateWord(tokens: readonly RecToken[], i: number): boolean {
  const word = tokens[i]?.surface.toLowerCase() ?? "";
  if (DAYS.has(word)) return true;
  if (!(word in MONTHS)) return false;
  const before = tokens[i - 1]?.surface ?? "";
  return isNumber(tokens[i - 1]) || isNumber(tokens[i + 1]) || (TIME_OPENERS.has(before) && tokens[i + 1]?.surface !== "'s");
}

/** In English text, drop the one-word spans that are a weekday, or a month beside a number or after a time's opener. */
export function dropCalendarWords<S extends RecognizedSpan>(tokens: readonly RecToken[], spans: S[], english: boolean): S[] {
  if (!english) return spans;
  return spans.filter((s) => s.tokenEnd - s.tokenStart !== 1 || !isDateWord(tokens, s.tokenStart));
}
