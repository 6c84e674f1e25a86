// English words for a country's people are no names (MISC); a hyphen prefix alone is no name.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { isEnglishDemonym, retypeNationalities } from "../../../src/entities/recognize/nationalities.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

test("nationalities: demonyms and their plurals are MISC in English, names and other languages stand", () => {
  const text = "Moldovan traders met the Ukrainians, two Frenchmen and Maia Sandu on the Trans-Balkan route.";
  const tokens = tokenize(text);
  const given: [string, TagType][] = [
    ["Moldovan", "PER"],
    ["Ukrainians", "LOC"],
    ["Frenchmen", "ORG"],
    ["Maia Sandu", "PER"],
    ["Trans", "LOC"],
    ["Balkan", "LOC"],
  ];
  const spans = given.map(([surface, type]) => spanOf(text, tokens, surface, type));
  assert.deepEqual(
    retypeNationalities(tokens, spans, true).map((s) => [s.surface, s.type]),
    [
      ["Moldovan", "MISC"],
      ["Ukrainians", "MISC"],
      ["Frenchmen", "MISC"],
      ["Maia Sandu", "PER"],
      ["Balkan", "MISC"],
    ],
  );
  assert.deepEqual(retypeNationalities(tokens, spans, false), spans);
  assert.equal(isEnglishDemonym("moldova"), false);
  assert.equal(isEnglishDemonym("poles"), true);
});
