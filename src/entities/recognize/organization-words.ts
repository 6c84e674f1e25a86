// A name of two words or more that holds a company designator ("Adria Airways", "Sinovac Biotech",
// lang-data/shared/organization-words.ts) is an organization, whatever the model read in its other
// words: a carrier named after a country or a founder is no place or person. On the held-out topics
// the company words retyped 41 mentions the gold has as ORG and one it has as a place; the words of
// parties, clubs and institutions (University, Party, Records …) moved wikigold 0.642 -> 0.643.

import { ORGANIZATION_NAME_WORDS } from "../../lang-data/shared/organization-words.ts";
import type { RecognizedSpan } from "./recognize.ts";

const WORDS: ReadonlySet<string> = new Set(ORGANIZATION_NAME_WORDS);

/** PER and LOC spans of two or more words, one of them a company designator, become ORG. */
export function retypeByOrganizationWords<S extends RecognizedSpan>(spans: S[]): S[] {
  return spans.map((s) => {
    if (s.type !== "PER" && s.type !== "LOC") return s;
    const words = s.surface
      .toLowerCase()
      .split(/[^\p{L}\p{M}]+/u)
      .filter((w) => w !== "");
    if (words.length < 2 || !words.some((w) => WORDS.has(w))) return s;
    return { ...s, type: "ORG", source: "rule" };
  });
}
