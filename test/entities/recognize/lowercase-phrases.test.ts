// Common-noun phrases are not names: lowercase organization phrases and one-word lowercase places are dropped.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { dropDescriptions, opensInLowercase } from "../../../src/entities/recognize/lowercase-phrases.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

test("lowercase-phrases: descriptions go, names and lowercase conventions stay", () => {
  const text =
    "Според британското правителство Лондон и агенция dpa, брекзит и британците, еврозоната и «Северен поток» остават в Европейския съюз.";
  const tokens = tokenize(text);
  const spans = (
    [
      ["британското правителство", "ORG"],
      ["Лондон", "LOC"],
      ["dpa", "ORG"],
      ["брекзит", "EVT"],
      ["британците", "PER"],
      ["еврозоната", "LOC"],
      ["«Северен поток»", "PRO"],
      ["Европейския съюз", "ORG"],
    ] as [string, TagType][]
  ).map(([surface, type]) => spanOf(text, tokens, surface, type));
  assert.deepEqual(
    dropDescriptions(spans).map((s) => s.surface),
    ["Лондон", "dpa", "брекзит", "британците", "«Северен поток»", "Европейския съюз"],
  );
});

test("lowercase-phrases: the first letter after opening marks decides", () => {
  assert.equal(opensInLowercase("«британското правителство»"), true);
  assert.equal(opensInLowercase("„Lidové noviny“"), false);
  assert.equal(opensInLowercase("24 Канал"), false);
  assert.equal(opensInLowercase("iPhone"), false);
  assert.equal(opensInLowercase("easyJet Europe"), false);
});
