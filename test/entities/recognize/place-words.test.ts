// Kinds of places in English names: a name saying what kind of place it is, is a place.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { retypeByPlaceWords } from "../../../src/entities/recognize/place-words.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; surface: string; type: TagType; expected: TagType; english?: boolean }[] = [
  { text: "They fished in Marvin Brook again.", surface: "Marvin Brook", type: "PER", expected: "LOC" },
  { text: "The match at Tolby Oval ended.", surface: "Tolby Oval", type: "ORG", expected: "LOC" },
  { text: "Ships left the River Dernow early.", surface: "River Dernow", type: "ORG", expected: "LOC" },
  { text: "She walked down Bank Street slowly.", surface: "Bank Street", type: "ORG", expected: "LOC" },
  // A name ending with an organization's word, one word alone, other types and other languages stay.
  { text: "The Lake Varlen Club met.", surface: "Lake Varlen Club", type: "ORG", expected: "ORG" },
  { text: "Then Brook spoke.", surface: "Brook", type: "PER", expected: "PER" },
  { text: "The Marvin Brook Cup began.", surface: "Marvin Brook Cup", type: "EVT", expected: "EVT" },
  { text: "Spotkali się w Marvin Brook.", surface: "Marvin Brook", type: "PER", expected: "PER", english: false },
];

test("place-words: a name ending or starting with a kind of place is a place", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const [out] = retypeByPlaceWords(tokens, [spanOf(c.text, tokens, c.surface, c.type)], c.english ?? true);
    assert.equal(out?.type, c.expected, c.text);
  }
});
