// Lowercase demonyms of listed places (the -ц- plurals of the Cyrillic languages) become PER spans.

import assert from "node:assert/strict";
import { test } from "node:test";
import { isDemonym } from "../../../src/entities/recognize/demonyms.ts";
import { addName, EXTERNAL_SOURCE_BIT, emptyGazetteer } from "../../../src/entities/recognize/gazetteer.ts";
import { ENTITY_TAG_TYPES } from "../../../src/entities/recognize/labels.ts";

const gazetteer = emptyGazetteer();
for (const place of ["Україна", "Руритания", "Ельдорадо", "Америка", "Вибор", "Врана"])
  addName(gazetteer, [place], ENTITY_TAG_TYPES.indexOf("LOC"), EXTERNAL_SOURCE_BIT);
addName(gazetteer, ["Агенда"], ENTITY_TAG_TYPES.indexOf("ORG"), EXTERNAL_SOURCE_BIT);

const CASES: [string, boolean][] = [
  ["українців", true],
  ["українцям", true],
  ["руританци", true],
  ["руританците", true],
  ["американців", true],
  // adjectives, -ция nouns, places that are not listed or not places
  ["українських", false],
  ["руританска", false],
  ["агенция", false],
  ["агендці", false],
  ["зайців", false],
  // common words whose stem is a small listed place's: voters, in the morning
  ["виборців", false],
  ["виборці", false],
  ["вранці", false],
];

test("demonyms: -ц- plurals of listed places are demonyms, adjectives and other nouns are not", () => {
  for (const [word, expected] of CASES) assert.equal(isDemonym(word, gazetteer), expected, word);
});
