// Lexicon build: people whose ids differ by spelling but whose full names share a cross-script key are
// one entity; a shared surname alone joins no one.

import assert from "node:assert/strict";
import { test } from "node:test";
import { mergePeopleByFullName } from "../../scripts/lexicon/from-slavicner.ts";
import type { LexiconEntity } from "../../src/entities/link/lexicon.ts";

const person = (id: string, aliases: LexiconEntity["aliases"]): LexiconEntity => ({ id, name: id, type: "PER", aliases });

test("lexicon merge: full names with one key join, the bigger entity keeps its id", () => {
  const entities: LexiconEntity[] = [
    person("cn:per-ivan-petrenko", {
      ru: [
        ["Иван Петренко", 5],
        ["Петренко", 3],
      ],
    }),
    person("cn:per-iwan-pietrenko", { pl: [["Ivan Petrenko", 2]] }),
    // Same surname, another first name: a namesake, left apart.
    person("cn:per-olga-petrenko", {
      uk: [
        ["Ольга Петренко", 4],
        ["Петренко", 1],
      ],
    }),
    { id: "cn:loc-petrenko", name: "Petrenko", type: "LOC", aliases: { ru: [["Иван Петренко", 1]] } },
  ];
  const out = mergePeopleByFullName(entities);
  assert.deepEqual(
    out.map((e) => e.id),
    ["cn:per-ivan-petrenko", "cn:per-olga-petrenko", "cn:loc-petrenko"],
  );
  assert.deepEqual(out[0]?.aliases.pl, [["Ivan Petrenko", 2]]);
});
