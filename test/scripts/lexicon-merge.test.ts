// Lexicon build: people whose ids differ by spelling but whose full names share a cross-script key are
// one entity; a shared surname alone joins no one.

import assert from "node:assert/strict";
import { test } from "node:test";
import { mergePeopleByFullName } from "../../scripts/lexicon/from-slavicner.ts";
import { LexiconBuilder } from "../../scripts/lexicon/merge.ts";
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

test("lexicon merge: a gazetteer's town joins the annotated entities whose names are all its own", () => {
  const place = (id: string, aliases: LexiconEntity["aliases"]): LexiconEntity => ({ id, name: id, type: "LOC", aliases });
  const builder = new LexiconBuilder();
  builder.add(place("cn:gpe-zelenograd", { en: [["Zelenograd", 3]], cs: [["Zelenograd", 2]] }));
  // The same town under another id spelling: all its names (outside English) are the gazetteer's.
  builder.add(place("cn:gpe-zelenogorod", { bg: [["Зеленоград", 1]], en: [["Zelenogorod", 1]] }));
  // A country sharing one name with the town, among others the town has not: apart.
  builder.add(
    place("cn:gpe-zelenia", {
      bg: [
        ["Зеленоград", 1],
        ["Зелания", 4],
      ],
    }),
  );
  builder.merge(place("cn:gn-1", { en: [["Zelenograd", 1]], bg: [["Зеленоград", 1]], ru: [["Зеленоград", 1]] }), true);
  assert.deepEqual(
    builder.entities.map((e) => e.id),
    ["cn:gpe-zelenograd", "cn:gpe-zelenia"],
  );
  assert.deepEqual(builder.entities[0]?.aliases.en?.map(([name]) => name).sort(), ["Zelenogorod", "Zelenograd"]);
});
