// The compiled (shipped) lexicon and the packed base-form model answer exactly as the data they come from.

import assert from "node:assert/strict";
import { test } from "node:test";
import { compiledLexiconStore, compileLexicon } from "../../../src/entities/link/compiled-lexicon.ts";
import { lemmaModelParts, packLemmaModel } from "../../../src/entities/link/lemma-file.ts";
import { learnLemmaModel } from "../../../src/entities/link/lemma-model.ts";
import { Lemmatizer } from "../../../src/entities/link/lemmatizer.ts";
import { Lexicon, type LexiconData } from "../../../src/entities/link/lexicon.ts";
import type { EntityType } from "../../../src/model/doc.ts";

const data = (): LexiconData => ({
  version: 1,
  words: { knl: "channel" },
  entities: [
    { id: "cn:odesa", name: "Odesa", type: "LOC", aliases: { uk: [["Одеса", 5]], ru: [["Одесса", 3]], en: [["Odesa", 2]] } },
    { id: "cn:odesa-org", name: "Odesa FC", type: "ORG", aliases: { uk: [["Одеса", 2]], en: [["Odesa", 4]] } },
    { id: "cn:ruritania", name: "Kingdom of Ruritania|Ruritania", type: "LOC", aliases: { en: [["Ruritania", 2]], "*": [["RRT", 1]] } },
    { id: "cn:channel-9", name: "Channel 9", type: "PRO", aliases: { en: [["Channel 9", 2]], uk: [["9 Канал", 1]] } },
    {
      id: "cn:ivan-franko",
      name: "Ivan Franko",
      type: "PER",
      aliases: {
        uk: [
          ["Іван Франко", 4],
          ["Франко", 2],
        ],
      },
    },
    { id: "cn:franko-2", name: "Franko", type: "PER", aliases: { ru: [["Франко", 2]], uk: [["Франко", 2]] } },
    { id: "cn:odesa", name: "Odesa again", type: "LOC", aliases: { be: [["Адэса", 1]] } },
  ],
});

const TYPES: EntityType[] = ["PER", "LOC", "ORG", "EVT", "PRO"];
const LANGS = ["uk", "ru", "en", "be", "pl", "und"];
const NAMES = [
  "Одеса",
  "Одесса",
  "Odesa",
  "Odessa",
  "Ruritania",
  "RRT",
  "Channel 9",
  "Канал 9",
  "Франко",
  "Іван Франко",
  "Адэса",
  "Nowhere",
];

test("compiled lexicon: every lookup as the lexicon built from the data", () => {
  const eager = new Lexicon(data());
  const compiled = new Lexicon(compiledLexiconStore(compileLexicon(data())));
  const show = (e: { id: string; name: string } | undefined) => (e ? `${e.id} ${e.name}` : "-");
  for (const name of NAMES)
    for (const type of TYPES) {
      for (const lang of LANGS)
        assert.equal(show(compiled.findAlias(name, type, lang)), show(eager.findAlias(name, type, lang)), `${name} ${type} ${lang}`);
      for (const key of ["ds", "frnk", "ivn frnk", "rrtn", "9 knl"]) {
        assert.equal(show(compiled.findKey(key, type)), show(eager.findKey(key, type)), `key ${key} ${type}`);
        assert.equal(show(compiled.findTranslated(key, type)), show(eager.findTranslated(key, type)), `tkey ${key} ${type}`);
      }
    }
  for (const id of ["cn:odesa", "cn:ruritania", "cn:none"]) assert.equal(show(compiled.byId(id)), show(eager.byId(id)), id);
  assert.equal(compiled.findAlias("Ruritania", "LOC", "en")?.name, "Ruritania");
  assert.deepEqual([...compiled.words], [...eager.words]);
});

test("compiled lexicon: the same data compiles to the same bytes", () => {
  assert.ok(compileLexicon(data()).equals(compileLexicon(data())));
});

test("packed base-form model: base forms as the whole model", () => {
  const samples = [
    { surface: "Путіна", lemma: "Путін", type: "PER" as const, lang: "uk" },
    { surface: "Путіним", lemma: "Путін", type: "PER" as const, lang: "uk" },
    { surface: "Путина", lemma: "Путин", type: "PER" as const, lang: "ru" },
    { surface: "Junckera", lemma: "Juncker", type: "PER" as const, lang: "pl" },
    { surface: "Juncker", lemma: "Juncker", type: "PER" as const, lang: "en" },
  ];
  const model = learnLemmaModel(samples, (m, s) => new Lemmatizer(m).lemmatize(s.surface, s.type, s.lang));
  const whole = new Lemmatizer(model);
  const packed = new Lemmatizer(lemmaModelParts(packLemmaModel(model)));
  assert.deepEqual(packed.languages, whole.languages);
  for (const [surface, lang] of [
    ["Путіна", "uk"],
    ["Путина", "ru"],
    ["Junckera", "pl"],
    ["Путіна", "de"],
  ])
    assert.equal(packed.lemmatize(surface, "PER", lang), whole.lemmatize(surface, "PER", lang), `${surface} ${lang}`);
});
