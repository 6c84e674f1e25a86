// Loose key matches: trusted for entities attested in news (unless the mention's language knows them from
// gazetteers only) or with no name in the mention's language, else only with a close name in that language.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { LexiconEntity } from "../../../src/entities/link/lexicon.ts";
import { isTrustedKeyMatch } from "../../../src/entities/link/loose-match.ts";

const GAZETTEER: LexiconEntity = {
  id: "cn:gn-1",
  name: "Hostopil",
  type: "LOC",
  aliases: { en: [["Hostopil", 0.6]], uk: [["Гостопіль", 0.6]] },
};
const ATTESTED: LexiconEntity = { id: "cn:x", name: "Marvyn", type: "LOC", aliases: { en: [["Marvyn", 3]] } };

const CASES: { e: LexiconEntity; lemma: string; lang: string; expected: boolean }[] = [
  { e: GAZETTEER, lemma: "Gostopil", lang: "en", expected: true },
  { e: GAZETTEER, lemma: "Гостопіль", lang: "uk", expected: true },
  { e: GAZETTEER, lemma: "Hastapal", lang: "en", expected: false },
  { e: ATTESTED, lemma: "Marvan", lang: "en", expected: true },
  // Attested, but only elsewhere: the gazetteer's Ukrainian name is how Ukrainian writes it, and far from the lemma.
  { e: { ...ATTESTED, aliases: { en: [["Marvyn", 3]], uk: [["Марвін", 0.6]] } }, lemma: "Мірвеню", lang: "uk", expected: false },
  { e: { ...ATTESTED, aliases: { en: [["Marvyn", 3]], uk: [["Марвін", 0.6]] } }, lemma: "Марвин", lang: "uk", expected: true },
  // No Bulgarian name: the Ukrainian one is compared, romanized.
  { e: { ...GAZETTEER, aliases: { uk: [["Гостопіль", 0.6]] } }, lemma: "Хастапал", lang: "bg", expected: false },
  // No name in Polish nor any in Latin script to compare: the key decides.
  { e: { ...GAZETTEER, aliases: { uk: [["Гостопіль", 0.6]] } }, lemma: "Hastapal", lang: "pl", expected: true },
];

test("loose-match: which key matches are trusted", () => {
  for (const c of CASES) assert.equal(isTrustedKeyMatch(c.e, c.lemma, c.lang), c.expected, `${c.lemma} → ${c.e.name}`);
});
