// Feature layout the training and the emissions rely on: English features come in pairs (shared, then
// conjoined with the language), other languages' alone; and the English name lists the gazetteer gets.

import assert from "node:assert/strict";
import { test } from "node:test";
import { buildGazetteer } from "../../../src/entities/recognize/corpus/build-gazetteer.ts";
import { englishNameLists } from "../../../src/entities/recognize/corpus/english-names.ts";
import {
  AUGMENTED_LANGS,
  computeAtoms,
  contextFeatures,
  MAX_FEATURES_PER_TOKEN,
  SURFACE_FEATURE_COUNT,
  surfaceFeatures,
  tokenFeatures,
} from "../../../src/entities/recognize/features.ts";
import { EXTERNAL_SOURCE_BIT } from "../../../src/entities/recognize/gazetteer.ts";

const surfaces = ["Yesterday", "Olga", "Berez", "visited", "Varna", "."];
const sentenceStart = new Uint8Array(surfaces.length);
sentenceStart[0] = 1;
const ctx = { gazetteer: buildGazetteer([], []), excludedSources: 0 };

function features(lang: string, i: number): number[] {
  const out = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  return [...out.subarray(0, tokenFeatures(computeAtoms({ surfaces, sentenceStart, lang }, ctx), i, out))];
}

test("features: English features are pairs of a shared feature and its language copy", () => {
  assert.ok(AUGMENTED_LANGS.includes("en"));
  for (let i = 0; i < surfaces.length; i++) {
    const en = features("en", i);
    // The same token read as a language without copies has exactly the shared halves.
    const shared = features("xx", i).length;
    assert.equal(en.length, 2 * shared);
    for (let k = 0; k < en.length; k += 2) assert.notEqual(en[k], en[k + 1]);
    assert.ok(en.length <= MAX_FEATURES_PER_TOKEN);
  }
});

test("features: other languages have no copies, and surface plus context features are the token's features", () => {
  for (const lang of ["uk", "xx"]) {
    const atoms = computeAtoms({ surfaces, sentenceStart, lang }, ctx);
    const out = new Uint32Array(MAX_FEATURES_PER_TOKEN);
    const m = surfaceFeatures(atoms, 1, out, 0);
    assert.equal(m, SURFACE_FEATURE_COUNT);
    const split = [...out.subarray(0, contextFeatures(atoms, 1, out, m))];
    assert.deepEqual(split, features(lang, 1));
  }
  const en = computeAtoms({ surfaces, sentenceStart, lang: "en" }, ctx);
  assert.equal(surfaceFeatures(en, 1, new Uint32Array(MAX_FEATURES_PER_TOKEN), 0), 2 * SURFACE_FEATURE_COUNT);
});

test("english-names: first names, places, teams and nationalities, typed and always on", () => {
  const names = englishNameLists();
  const typeOf = new Map(names.map((n) => [n.text, n.type]));
  assert.ok(names.length > 3000);
  for (const type of ["PER", "LOC", "ORG", "MISC"])
    assert.ok(
      names.some((n) => n.type === type),
      type,
    );
  // Written in title case, as names stand in text.
  assert.equal(typeOf.get("American"), "MISC");
  assert.ok(names.every((n) => n.sourceBit === EXTERNAL_SOURCE_BIT));
  assert.ok(
    names.every((n) => /^\P{Ll}/u.test(n.text)),
    "every name starts in capitals",
  );
});
