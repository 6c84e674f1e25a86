// Names left in the Latin alphabet in a text written in Cyrillic. Ukrainian, Russian and Bulgarian news
// transliterate people and places into their own script ("Ангела Меркель", "Франкфурт"), but keep
// companies, brands and media as they are written at home ("Uniper", "Vereinigung Cockpit", "Engie").
// So a Latin-script name in such a text is rarely a person or a place: in SlavicNER's bg, ru and uk
// documents 1.6% of the Latin-script names are (79 of 5,055), and 66% are organizations. The model,
// which reads an unknown capitalized foreign word as a surname, is overruled: such a PER or LOC is ORG,
// unless the lexicon knows the name as that person or place ("Angela Merkel" quoted in a caption).

import type { KnownType } from "./enumerations.ts";
import type { RecognizedSpan } from "./recognize.ts";

/** Languages written in Cyrillic whose news transliterate foreign people and places (not Serbian, written in both scripts). */
export const TRANSLITERATING_CYRILLIC_LANGS: ReadonlySet<string> = new Set(["uk", "ru", "bg", "be", "mk"]);

/** Latin letters only (with the spaces, hyphens, dots, apostrophes and ampersands of a name), at least two letters. */
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}\p{M} .'’&-]*\p{Script=Latin}$/u;

/** PER and LOC spans of a Cyrillic-script text written wholly in Latin letters become ORG, unless `knownType` says otherwise. */
export function retypeLatinNames<S extends RecognizedSpan>(spans: S[], lang: string, knownType?: KnownType): S[] {
  if (!TRANSLITERATING_CYRILLIC_LANGS.has(lang)) return spans;
  return spans.map((s) => {
    if ((s.type !== "PER" && s.type !== "LOC") || !LATIN_NAME.test(s.surface)) return s;
    if (knownType?.(s.surface) === s.type) return s;
    return { ...s, type: "ORG", source: "rule" };
  });
}
