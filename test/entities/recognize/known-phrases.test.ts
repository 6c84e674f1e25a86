// Tests for src/entities/recognize/known-phrases.ts: pieces of a phrase the lists know are joined into it.

import assert from "node:assert/strict";
import { test } from "node:test";
import { buildGazetteer } from "../../../src/entities/recognize/corpus/build-gazetteer.ts";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import { joinKnownPhrases } from "../../../src/entities/recognize/known-phrases.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

// Invented names: "Varda Line 3" is a pipeline (PRO) in the lists; "Orsk Bay" is listed both as a place and an organization.
const gazetteer = buildGazetteer(
  [
    { text: "Varda Line 3", type: "PRO", sourceBit: 1 },
    { text: "Orsk Bay", type: "LOC", sourceBit: 1 },
    { text: "Orsk Bay", type: "ORG", sourceBit: 2 },
  ],
  [],
);

function run(text: string, pieces: [string, "PER" | "ORG" | "LOC" | "PRO"][]) {
  const tokens = tokenize(text);
  const surfaces = tokens.map((t) => t.surface);
  const atoms = computeAtoms({ surfaces, sentenceStart: new Uint8Array(surfaces.length), lang: "pl" }, { gazetteer, excludedSources: 0 });
  const spans = pieces.map(([surface, type]) => spanOf(text, tokens, surface, type));
  return joinKnownPhrases(text, tokens, spans, atoms, false).map((s) => `${s.surface}/${s.type}`);
}

test("known phrases: pieces of a listed name are joined into it, with its type", () => {
  assert.deepEqual(
    run("Budowa Varda Line 3 stoi.", [
      ["Varda", "PRO"],
      ["Line", "LOC"],
    ]),
    ["Varda Line 3/PRO"],
  );
});

test("known phrases: a whole name, a phrase of two types and names side by side stay as found", () => {
  assert.deepEqual(run("Budowa Varda Line 3 stoi.", [["Varda Line 3", "ORG"]]), ["Varda Line 3/ORG"]);
  assert.deepEqual(
    run("Statek Orsk Bay stoi.", [
      ["Orsk", "LOC"],
      ["Bay", "ORG"],
    ]),
    ["Orsk/LOC", "Bay/ORG"],
  );
  assert.deepEqual(
    run("Minister Polski Jan Kowal mówił.", [
      ["Polski", "LOC"],
      ["Jan Kowal", "PER"],
    ]),
    ["Polski/LOC", "Jan Kowal/PER"],
  );
});
