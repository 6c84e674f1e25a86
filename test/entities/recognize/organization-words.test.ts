// Company designators: a name of two words or more holding one is an organization.

import assert from "node:assert/strict";
import { test } from "node:test";
import { buildGazetteer } from "../../../src/entities/recognize/corpus/build-gazetteer.ts";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import type { Gazetteer } from "../../../src/entities/recognize/gazetteer.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { listedAsPlaceOnly, retypeByOrganizationWords } from "../../../src/entities/recognize/organization-words.ts";
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

function atomsOf(text: string, gazetteer: Gazetteer) {
  const tokens = tokenize(text);
  const sentenceStart = Uint8Array.from(tokens, (t) => (t.sentenceStart ? 1 : 0));
  return {
    tokens,
    atoms: computeAtoms({ surfaces: tokens.map((t) => t.surface), sentenceStart, lang: "en" }, { gazetteer, excludedSources: 0 }),
  };
}

test("organization-words: a place the lists know by a designator's name stays a place", () => {
  const text = "Settlers in the Tolmar Federation voted.";
  const places = buildGazetteer([], ["Tolmar Federation"]);
  const { tokens, atoms } = atomsOf(text, places);
  const span = spanOf(text, tokens, "Tolmar Federation", "LOC");
  assert.equal(listedAsPlaceOnly(atoms, span.tokenStart, span.tokenEnd, places), true);
  const [kept] = retypeByOrganizationWords([span], (s) => listedAsPlaceOnly(atoms, s.tokenStart, s.tokenEnd, places));
  assert.equal(kept?.type, "LOC");
  // Listed as an organization too, or not listed: the designator decides.
  const both = buildGazetteer([{ text: "Tolmar Federation", type: "ORG", sourceBit: 1 }], ["Tolmar Federation"]);
  assert.equal(listedAsPlaceOnly(atomsOf(text, both).atoms, span.tokenStart, span.tokenEnd, both), false);
  const [retyped] = retypeByOrganizationWords([span], () => false);
  assert.equal(retyped?.type, "ORG");
});
