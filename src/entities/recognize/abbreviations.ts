// Dots inside names. An abbreviation written inside a name ("Wlk. Brytania", "Komisja ds. Leków", "НИИ им.
// Гамалеи", "Apple Inc.") does not end a sentence, so the name stays one span; one that ends a name
// ("Irlandia Płn.", "Acme Ltd.") takes its dot into the span, as the annotators write it.

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/** Abbreviations whose dot does not end a sentence. Case as written: "Co." is a company, "co." a word. */
// biome-ignore format: a word list reads best packed, a line per language group
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Polish, Czech, Slovene
  "Wlk", "Płn", "Płd", "ds", "św", "Św", "woj", "ul", "im", "gen", "Gen", "prof", "ks", "płk", "Sv", "sv", "nám",
  // Cyrillic
  "Св", "св", "ул", "им", "бул", "проф", "акад", "ген",
  // English
  "St", "Mt", "Ft", "Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros",
]);

/** Abbreviations that end names, dot included. */
const NAME_FINAL_ABBREVIATIONS = new Set(["Płn", "Płd", "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr"]);

/** Spans ending in a name-final abbreviation take the dot written right after it. */
export function takeAbbreviationDots(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  return spans.map((s) => {
    const last = tokens[s.tokenEnd - 1];
    const dot = tokens[s.tokenEnd];
    if (s.tokenStart < 0 || !last || !dot || dot.surface !== "." || dot.start !== last.end || !NAME_FINAL_ABBREVIATIONS.has(last.surface))
      return s;
    return { ...s, end: dot.end, surface: text.slice(s.start, dot.end), tokenEnd: s.tokenEnd + 1 };
  });
}
