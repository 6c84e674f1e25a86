// Lexicon build: people whose ids differ by spelling but whose full names share a cross-script key are
// one entity; a shared surname alone joins no one.

import assert from "node:assert/strict";
import { test } from "node:test";
import { mergePeopleByFullName, mergeSpellingVariants } from "../../scripts/lexicon/from-slavicner.ts";
import { LexiconBuilder } from "../../scripts/lexicon/merge.ts";
import type { LexiconEntity } from "../../src/entities/link/lexicon.ts";

const person = (id: string, aliases: LexiconEntity["aliases"]): LexiconEntity => ({ id, name: id, type: "PER", aliases });
const place = (id: string, aliases: LexiconEntity["aliases"], name = id): LexiconEntity => ({ id, name, type: "LOC", aliases });

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

test("lexicon merge: a region or city joins a country only when all its names are the country's", () => {
  const builder = new LexiconBuilder();
  builder.add(place("cn:gpe-ruritania", { uk: [["Рурітанія", 3]], en: [["Ruritania", 2]] }));
  builder.merge(place("cn:iso-rt", { en: [["Ruritania", 0.9]], uk: [["Рурітанія", 0.9]], ru: [["Руритания", 0.9]] }), true);
  // A state named like the country, whose Ukrainian name the table got wrong: apart, with its own names.
  const state = builder.merge(
    place("cn:iso-us-rt", { en: [["Ruritania", 0.5]], uk: [["Рурітанія", 0.5]], ru: [["Рьюритания", 0.5]] }),
    true,
  );
  // A territory that is both a region of one country and a country of the table: one entity.
  const territory = builder.merge(
    place("cn:iso-us-rt2", { en: [["Ruritania", 0.5]], uk: [["Рурітанія", 0.5]], ru: [["Руритания", 0.5]] }),
    true,
  );
  assert.equal(state.joined, false);
  assert.equal(territory.joined, true);
  const country = builder.entities.find((e) => e.id === "cn:gpe-ruritania");
  assert.deepEqual(
    country?.aliases.ru?.map(([name]) => name),
    ["Руритания"],
  );
  assert.ok(builder.entities.some((e) => e.id === "cn:iso-us-rt" && e.aliases.ru?.[0]?.[0] === "Рьюритания"));
});

test("lexicon merge: an annotated place known only in languages the gazetteer lacks joins the entry bearing its English name", () => {
  const entry = () => place("cn:gn-2", { en: [["Zelenograd", 0.8]], ru: [["Зеленоград", 0.8]], bg: [["Зеленоград", 0.8]] }, "Zelenograd");
  // The entities left once the entry has been merged beside the place the Russian name reaches and `second`.
  const afterEntry = (second: LexiconEntity) => {
    const builder = new LexiconBuilder();
    builder.add(place("cn:gpe-zelenohrad", { ru: [["Зеленоград", 3]], en: [["Zelenohrad", 1]] }));
    builder.add(second);
    builder.merge(entry(), true);
    return builder.entities;
  };
  // Annotated in Polish only, under the English name of its id: the place the Russian name joined.
  const joined = afterEntry(place("cn:gpe-zelenograd", { pl: [["Zielonogród", 4]], en: [["Zelenograd", 1]] }));
  assert.deepEqual(
    joined.map((e) => e.id),
    ["cn:gpe-zelenohrad"],
  );
  assert.deepEqual(joined[0]?.aliases.pl, [["Zielonogród", 4]]);
  // The same English name, but a Russian name the entry does not have: another place, left apart.
  assert.deepEqual(
    afterEntry(place("cn:gpe-zelenograd", { ru: [["Зеленоградск", 2]], en: [["Zelenograd", 1]] })).map((e) => e.id),
    ["cn:gpe-zelenohrad", "cn:gpe-zelenograd"],
  );
});

test("lexicon merge: no place joins by its English name an entity the entry reached by gazetteer names alone", () => {
  const builder = new LexiconBuilder();
  builder.add(place("cn:gpe-bari", { bg: [["Бари", 3]], en: [["Bari", 1]] }));
  builder.add(place("cn:gpe-barry", { pl: [["Barry", 2]], en: [["Barry", 1]] }));
  builder.merge(place("cn:gn-3", { en: [["Bari", 0.8]], bg: [["Бари", 0.8]], uk: [["Барі", 0.8]], ru: [["Бари", 0.8]] }, "Bari"), true);
  // The Welsh town is written like the Italian city in Cyrillic: the entry joins Bari by those names only.
  builder.merge(place("cn:gn-4", { en: [["Barry", 0.5]], uk: [["Барі", 0.5]], ru: [["Бари", 0.5]] }, "Barry"), true);
  assert.deepEqual(
    builder.entities.map((e) => e.id),
    ["cn:gpe-bari", "cn:gpe-barry"],
  );
});

test("lexicon merge: ids spelling one place's name, or naming it under another prefix, are one entity", () => {
  const out = mergeSpellingVariants([
    place("cn:gpe-zelenograd", { ru: [["Зеленоград", 9]], pl: [["Zielonograd", 2]] }, "Zelenograd"),
    // Another spelling of the id, sharing an alias: joined.
    place("cn:gpe-zelenogradd", { pl: [["Zielonograd", 1]] }, "Zelenogradd"),
    // The same name under the LOC prefix, with no alias in common (the peninsula's name): joined.
    place("cn:loc-zelenograd", { pl: [["Półwysep Zielonogradzki", 3]] }, "Zelenograd"),
    // A name with the same key but spelt otherwise and no alias in common: apart.
    place("cn:gpe-zlngrad", { cs: [["Zlngrad", 2]] }, "Zlngrad"),
  ]);
  assert.deepEqual(
    out.map((e) => e.id),
    ["cn:gpe-zelenograd", "cn:gpe-zlngrad"],
  );
  assert.deepEqual(
    out[0]?.aliases.pl?.map(([name]) => name),
    ["Zielonograd", "Półwysep Zielonogradzki"],
  );
});
