// Names on both sides of an ampersand are one organization.

import assert from "node:assert/strict";
import { test } from "node:test";
import { joinAmpersandNames } from "../../../src/entities/recognize/ampersand-names.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { why: string; text: string; spans: [string, TagType][]; expected: [string, TagType][] }[] = [
  {
    why: "two spans, and a span with a capitalized word the model left out",
    text: "Firmy Zorvan & Melik i Tobrin&Kasel podpisały umowę.",
    spans: [
      ["Zorvan", "PER"],
      ["Melik", "PER"],
      ["Tobrin", "PER"],
    ],
    expected: [
      ["Zorvan & Melik", "ORG"],
      ["Tobrin&Kasel", "ORG"],
    ],
  },
  {
    why: "a lowercase word after the ampersand, wide spaces, a line break: apart",
    text: "Zorvan & partneri. Melik  &  Tobrin. Kasel &\nVurna.",
    spans: [
      ["Zorvan", "ORG"],
      ["Melik", "ORG"],
      ["Tobrin", "ORG"],
      ["Kasel", "ORG"],
      ["Vurna", "ORG"],
    ],
    expected: [
      ["Zorvan", "ORG"],
      ["Melik", "ORG"],
      ["Tobrin", "ORG"],
      ["Kasel", "ORG"],
      ["Vurna", "ORG"],
    ],
  },
];

test("ampersand-names: names joined by an ampersand are one organization", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const spans = c.spans.map(([surface, type]) => spanOf(c.text, tokens, surface, type));
    const out = joinAmpersandNames(c.text, tokens, spans);
    assert.deepEqual(
      out.map((s) => [s.surface, s.type]),
      c.expected,
      c.why,
    );
    for (const s of out) assert.equal(c.text.slice(s.start, s.end), s.surface, c.why);
  }
});
