// Kinds of places in English names. A name that says what kind of place it is ("Hancock Brook",
// "Subiaco Oval", "River Mersey", lang-data/en/place-words.ts) is a place, whatever the model read in its
// other words: brooks and docks are named after people, ovals after towns read as organizations.

import { PLACE_FIRST_WORDS, PLACE_LAST_WORDS } from "../../lang-data/en/place-words.ts";
import { ORGANIZATION_NAME_WORDS } from "../../lang-data/shared/organization-words.ts";
import type { RecognizedSpan } from "./recognize.ts";
import { opensWithCapital, type RecToken } from "./tokenize.ts";

const LAST: ReadonlySet<string> = new Set(PLACE_LAST_WORDS);
const FIRST: ReadonlySet<string> = new Set(PLACE_FIRST_WORDS);
const ORGANIZATION: ReadonlySet<string> = new Set(ORGANIZATION_NAME_WORDS);

/**
 * In English text, PER and ORG spans of two words or more that end with a kind of place become LOC: the
 * last word is the head ("Bank Street" is a street, run after organization-words.ts). So do those that
 * start with one, unless they end with an organization's word ("Lake Placid Club").
 */
export function retypeByPlaceWords<S extends RecognizedSpan>(tokens: readonly RecToken[], spans: S[], english: boolean): S[] {
  if (!english) return spans;
  return spans.map((s) => {
    if ((s.type !== "PER" && s.type !== "ORG") || s.tokenEnd - s.tokenStart < 2) return s;
    const first = tokens[s.tokenStart]?.surface ?? "";
    const last = tokens[s.tokenEnd - 1]?.surface ?? "";
    const head = last.toLowerCase();
    const named =
      (opensWithCapital(last) && LAST.has(head)) || (opensWithCapital(first) && FIRST.has(first.toLowerCase()) && !ORGANIZATION.has(head));
    return named ? { ...s, type: "LOC", source: "rule" } : s;
  });
}
