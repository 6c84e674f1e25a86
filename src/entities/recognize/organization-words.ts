// A name of two words or more that holds a company designator ("Adria Airways", "Sinovac Biotech",
// lang-data/shared/organization-words.ts) is an organization, whatever the model read in its other
// words: a carrier named after a country or a founder is no place or person. On the held-out topics
// the company words retyped 41 mentions the gold has as ORG and one it has as a place; the words of
// parties, clubs and institutions (University, Party, Records …) moved wikigold 0.642 -> 0.643.
// A place the name lists know by such a name stays a place: "West Bank" and "Russian Federation" are
// no bank or federation.

import { ORGANIZATION_NAME_WORDS } from "../../lang-data/shared/organization-words.ts";
import type { Atoms } from "./features.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { ENTITY_TAG_TYPES } from "./labels.ts";
import type { RecognizedSpan } from "./recognize.ts";
import { phraseTypeBits } from "./span-types.ts";

const WORDS: ReadonlySet<string> = new Set(ORGANIZATION_NAME_WORDS);
const LOC_BIT = 1 << ENTITY_TAG_TYPES.indexOf("LOC");
const ORG_BIT = 1 << ENTITY_TAG_TYPES.indexOf("ORG");

/** Whether the name lists know the words of tokens [from, to) as a place's name and never as an organization's. */
export function listedAsPlaceOnly(atoms: Atoms, from: number, to: number, gazetteer: Gazetteer): boolean {
  const bits = phraseTypeBits(atoms, from, to, gazetteer, 0);
  return (bits & LOC_BIT) !== 0 && (bits & ORG_BIT) === 0;
}

/**
 * PER and LOC spans of two or more words, one of them a company designator, become ORG; LOC spans for
 * which `listedPlace` holds stay.
 */
export function retypeByOrganizationWords<S extends RecognizedSpan>(spans: S[], listedPlace: (s: S) => boolean = () => false): S[] {
  return spans.map((s) => {
    if (s.type !== "PER" && s.type !== "LOC") return s;
    if (s.type === "LOC" && listedPlace(s)) return s;
    const words = s.surface
      .toLowerCase()
      .split(/[^\p{L}\p{M}]+/u)
      .filter((w) => w !== "");
    if (words.length < 2 || !words.some((w) => WORDS.has(w))) return s;
    return { ...s, type: "ORG", source: "rule" };
  });
}
