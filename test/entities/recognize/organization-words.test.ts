// Company designators: a name of two words or more holding one is an organization.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { retypeByOrganizationWords } from "../../../src/entities/recognize/organization-words.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; surface: string; type: TagType; expected: TagType }[] = [
  { text: "Letalska družba Zelmar Airways je stavkala.", surface: "Zelmar Airways", type: "PER", expected: "ORG" },
  { text: "Firma Borin Biotech wyprodukowała szczepionkę.", surface: "Borin Biotech", type: "LOC", expected: "ORG" },
  // One word alone, other types and names without a designator stay as they are.
  { text: "The Group met.", surface: "Group", type: "LOC", expected: "LOC" },
  { text: "Zelmar Airways Cup begins.", surface: "Zelmar Airways Cup", type: "EVT", expected: "EVT" },
  { text: "Olga Berez flew.", surface: "Olga Berez", type: "PER", expected: "PER" },
];

test("organization-words: a name holding a company designator is an organization", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const [out] = retypeByOrganizationWords([spanOf(c.text, tokens, c.surface, c.type)]);
    assert.equal(out?.type, c.expected, c.text);
  }
});
