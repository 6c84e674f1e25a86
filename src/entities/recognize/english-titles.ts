// Titles in English names. English capitalizes the title before a name ("President Obama", "Brigadier
// General John Smith", "Mr. Porter"), so the model, trained mostly on languages that write titles in
// lowercase, takes it into the name or reads the title alone as one. The guidelines leave titles out: a
// person's span loses its leading titles (and their dots), and a span that is only titles is no name,
// except one word read as a person, which may be a surname ("King", "Bishop").

import { NAME_TITLES } from "../../lang-data/en/name-titles.ts";
import type { RecognizedSpan } from "./recognize.ts";
import { opensWithCapital, type RecToken } from "./tokenize.ts";

const TITLES: ReadonlySet<string> = new Set(NAME_TITLES);

function isTitle(token: RecToken | undefined): boolean {
  const s = token?.surface ?? "";
  return opensWithCapital(s) && TITLES.has(s.toLowerCase());
}

/** A name goes on after the titles only with a capitalized word ("Secretary of State John Kerry" is left whole). */
function startsCapitalized(token: RecToken | undefined): boolean {
  return opensWithCapital(token?.surface ?? "");
}

/**
 * Capitalized words a person's title may follow inside the span: a country or office
 * ("Moldovan President Maia Sandu", "Russian Foreign Minister Sergei Lavrov"). They go with the title.
 */
export const MAX_TITLE_PREFIX = 2;

/**
 * Titles of office that follow a country inside a name's span. Not the crowns', clergy's or forms of
 * address, which are surnames too ("Martin Luther King Jr", "Desmond Bishop").
 */
const OFFICE_TITLES: ReadonlySet<string> = new Set([
  "president",
  "minister",
  "premier",
  "chancellor",
  "secretary",
  "ambassador",
  "governor",
  "mayor",
  "senator",
  "chairman",
  "chairwoman",
  "speaker",
  "prosecutor",
  "commissioner",
]);

function isOfficeTitle(token: RecToken | undefined): boolean {
  return isTitle(token) && OFFICE_TITLES.has(token?.surface.toLowerCase() ?? "");
}

/** The first title of span `s` after at most MAX_TITLE_PREFIX capitalized words (the span's start if none). */
function firstTitle(tokens: readonly RecToken[], s: RecognizedSpan): number {
  for (let j = s.tokenStart; j < s.tokenEnd - 1 && j <= s.tokenStart + MAX_TITLE_PREFIX; j++) {
    if (j === s.tokenStart ? isTitle(tokens[j]) : isOfficeTitle(tokens[j])) return j;
    if (!startsCapitalized(tokens[j])) break;
  }
  return s.tokenStart;
}

/** In English text, trim leading titles off person spans and drop spans that are titles only. */
export function trimEnglishTitles<S extends RecognizedSpan>(text: string, tokens: readonly RecToken[], spans: S[], english: boolean): S[] {
  if (!english) return spans;
  const out: S[] = [];
  for (const s of spans) {
    // A prefix before the titles only counts for a person whose name follows them.
    const from = s.type === "PER" ? firstTitle(tokens, s) : s.tokenStart;
    let k = from;
    let titles = 0;
    while (k < s.tokenEnd) {
      if (isTitle(tokens[k])) titles++;
      else if (!(titles > 0 && tokens[k]?.surface === ".")) break;
      k++;
    }
    if (titles === 0) out.push(s);
    else if (k === s.tokenEnd) {
      // Titles to the end: one word read as a person may be a surname; a prefixed run is left whole.
      if (from > s.tokenStart || (titles === 1 && s.type === "PER")) out.push(s);
    } else if (s.type !== "PER" || !startsCapitalized(tokens[k])) out.push(s);
    else {
      const start = tokens[k]?.start ?? s.start;
      out.push({ ...s, start, surface: text.slice(start, s.end), tokenStart: k, source: "rule" });
    }
  }
  return out;
}
