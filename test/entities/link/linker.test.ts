// Linking on a hand-built lexicon: exact aliases, cross-script keys, ids for unknown names that
// agree across languages, and surnames joining full names within a document.

import assert from "node:assert/strict";
import { test } from "node:test";
import { Lemmatizer } from "../../../src/entities/link/lemmatizer.ts";
import { Lexicon, type LexiconData } from "../../../src/entities/link/lexicon.ts";
import { Linker, type LinkInput } from "../../../src/entities/link/linker.ts";
import type { EntityType } from "../../../src/model/doc.ts";

const LEXICON: LexiconData = {
  version: 1,
  words: { knl: "channel" },
  entities: [
    { id: "cn:odesa", name: "Odesa", type: "LOC", aliases: { uk: [["Одеса", 5]], ru: [["Одесса", 3]] } },
    { id: "cn:ruritania", name: "Kingdom of Ruritania|Ruritania", type: "LOC", aliases: { en: [["Ruritania", 2]] } },
    { id: "cn:channel-9", name: "Channel 9", type: "PRO", aliases: { en: [["Channel 9", 2]] } },
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
    { id: "cn:olek-soros", name: "Olek Soros", type: "PER", aliases: { pl: [["Soros", 5]] } },
    { id: "cn:surros-energy", name: "Surros Energy", type: "ORG", aliases: { pl: [["Surros", 3]] } },
    { id: "cn:sindh", name: "Sindh", type: "LOC", aliases: { uk: [["Синд", 4]] } },
    // A place known only in Russian spelling, whose key a better-attested place shares.
    { id: "cn:georgia-state", name: "Georgia", type: "LOC", aliases: { ru: [["Джорджия", 1]] } },
    { id: "cn:severny", name: "Severny", type: "LOC", aliases: { ru: [["Северный", 0.5]] } },
    { id: "cn:ada-lovelace", name: "Ada Lovelace", type: "PER", aliases: { en: [["Ada Lovelace", 3]] } },
    { id: "cn:giurgiu", name: "Giurgiu", type: "LOC", aliases: { uk: [["Джурджу", 2]] } },
  ],
};

const linker = new Linker(new Lexicon(LEXICON), new Lemmatizer({ version: 1, tables: {}, forms: {}, vocab: {} }));

function mentions(names: [string, EntityType][]): LinkInput[] {
  return names.map(([lemma, type], i) => ({ surface: lemma, lemma, type, start: i * 10, end: i * 10 + lemma.length }));
}

const CASES: { lang: string; names: [string, EntityType][]; expected: [id: string, link: string][] }[] = [
  { lang: "uk", names: [["Одеса", "LOC"]], expected: [["cn:odesa", "lexicon:alias"]] },
  { lang: "en", names: [["Odessa", "LOC"]], expected: [["cn:odesa", "lexicon:key"]] },
  { lang: "pl", names: [["Iwan Franko", "PER"]], expected: [["cn:ivan-franko", "lexicon:key"]] },
  // Unknown people: the surname's key, the same from Cyrillic and Latin spellings.
  { lang: "uk", names: [["Остап Вишня", "PER"]], expected: [["k:vshn", "key"]] },
  { lang: "en", names: [["Ostap Vyshnia", "PER"]], expected: [["k:vshn", "key"]] },
  // A lone surname takes its document's full name, even when that name is unknown.
  {
    lang: "bg",
    names: [
      ["Тарас Шевченко", "PER"],
      ["Шевченко", "PER"],
    ],
    expected: [
      ["k:shvchnk", "key"],
      ["k:shvchnk", "key"],
    ],
  },
  // Unknown organizations: common words translated, words sorted.
  { lang: "uk", names: [["7 Канал", "ORG"]], expected: [["k:7-chnl", "key"]] },
  { lang: "en", names: [["Channel 7", "ORG"]], expected: [["k:7-chnl", "key"]] },
  // A lowercase "person" is a demonym or adjective of a place.
  { lang: "uk", names: [["одесса", "PER"]], expected: [["cn:odesa", "lexicon:demonym"]] },
  // A lone word read as a person that the lexicon knows only as a place.
  { lang: "en", names: [["Odessa", "PER"]], expected: [["cn:odesa", "lexicon:demonym"]] },
  // Not a place it only shares a key with (snd), spelt otherwise in the language: the surname of Maia Sandu.
  { lang: "uk", names: [["Санду", "PER"]], expected: [["k:snd", "key"]] },
  // A Ukrainian name the lexicon knows only as Russian spells it, though its key points elsewhere.
  { lang: "uk", names: [["Джорджія", "LOC"]], expected: [["cn:georgia-state", "lexicon:russian-spelling"]] },
  // A Czech woman's surname without its suffix; not a lone one (a wife's is not her husband's).
  {
    lang: "cs",
    names: [
      ["Ada Lovelaceová", "PER"],
      ["Lovelaceová", "PER"],
    ],
    expected: [
      ["cn:ada-lovelace", "lexicon:womans-surname"],
      ["cn:ada-lovelace", "doc:short-form"],
    ],
  },
  { lang: "cs", names: [["Lovelaceová", "PER"]], expected: [["k:lvlsv", "key"]] },
  // A media outlet known as a product links from an organization mention too.
  { lang: "uk", names: [["9 Канал", "ORG"]], expected: [["cn:channel-9", "lexicon:kindred-type"]] },
  // The full name whose surname the lexicon knows for someone else stays apart from them.
  {
    lang: "uk",
    names: [
      ["Петро Франко", "PER"],
      ["Франко", "PER"],
    ],
    expected: [
      ["k:ptr-frnk", "key"],
      ["k:ptr-frnk", "doc:short-form"],
    ],
  },
];

test("linker: ids and evidence per mention", () => {
  for (const c of CASES) {
    const out = linker.linkMentions(mentions(c.names), c.lang);
    assert.deepEqual(
      out.map((o) => [o.id, o.link]),
      c.expected,
      `${c.lang}: ${c.names.map((n) => n[0]).join(", ")}`,
    );
  }
});

test("linker: English names from the lexicon, else romanized", () => {
  const out = linker.linkMentions(
    mentions([
      ["Одесса", "LOC"],
      ["Остап Вишня", "PER"],
    ]),
    "ru",
  );
  assert.deepEqual(
    out.map((o) => o.name),
    ["Odesa", "Ostap Vishnya"],
  );
});

test("linker: one display name per id in a document, the fullest form, lexicon names cleaned", () => {
  const out = linker.linkMentions(
    mentions([
      ["Вишня", "PER"],
      ["Остап Вишня", "PER"],
      ["Ruritania", "LOC"],
    ]),
    "uk",
  );
  assert.deepEqual(
    out.map((o) => [o.id, o.name]),
    [
      ["k:vshn", "Ostap Vyshnia"],
      ["k:vshn", "Ostap Vyshnia"],
      ["cn:ruritania", "Ruritania"],
    ],
  );
});

test("linker: a name is known as a person by its key, an acronym or another type's alias only by its spelling", () => {
  assert.equal(linker.knownType("Saros", "pl"), "PER");
  // "Surros" has Soros's key, but the lexicon knows that spelling as a company's.
  assert.equal(linker.knownType("Surros", "pl"), undefined);
  assert.equal(linker.knownType("SARS", "pl"), undefined);
  assert.equal(linker.knownType("Одеса", "uk"), "LOC");
});

test("linker: a name is known as an organization's only when no place or person has it", () => {
  assert.equal(linker.knownOrganization("Surros", "pl"), true);
  assert.equal(linker.knownOrganization("Одеса", "uk"), false);
  assert.equal(linker.knownOrganization("Soros", "pl"), false);
});

test("linker: a news name is a person or place the language's annotated news call so, not a gazetteer's nor another language's", () => {
  assert.equal(linker.isNewsName("Одеса", "uk"), true);
  assert.equal(linker.isNewsName("Франко", "uk"), true);
  // The Ukrainian spelling is no Russian news name, nor is a town known from a gazetteer alone, though
  // the lexicon knows it as a place.
  assert.equal(linker.isNewsName("Одеса", "ru"), false);
  assert.equal(linker.isNewsName("Северный", "ru"), false);
  assert.equal(linker.knownType("Северный", "ru"), "LOC");
});

test("linker: a word that only shares a known name's key is not known as that name's type", () => {
  // "Zarys" and "Sirsa" have Soros's key (srs) but are three letters from every spelling of his name,
  // as ru "Сенат" is from sl "Conte" (snt): the key alone is no evidence that a word is a person.
  assert.equal(linker.knownType("Zarys", "pl"), undefined);
  assert.equal(linker.knownType("Sirsa", "pl"), undefined);
  assert.equal(linker.knownType("Сорос", "uk"), "PER");
});

test("linker: a lone word read as a person is linked as a place by the base form it has as a place", () => {
  // Two entries with one key (khrkv): the Ukrainian place and another spelling's. "Харкова" declines as
  // Харків, which the place-side base form finds; the person-side one ("Харков") would take the key.
  const places: LexiconData = {
    version: 1,
    words: {},
    entities: [
      { id: "cn:kharkiv", name: "Kharkiv", type: "LOC", aliases: { uk: [["Харків", 1]] } },
      { id: "cn:charkov", name: "Charkov", type: "LOC", aliases: { pl: [["Charków", 9]] } },
    ],
  };
  const lemmas = new Lemmatizer({ version: 1, tables: {}, forms: {}, vocab: { uk: "харків" } });
  const placeLinker = new Linker(new Lexicon(places), lemmas);
  const [out] = placeLinker.linkMentions([{ surface: "Харкова", lemma: "Харков", type: "PER", start: 0, end: 7 }], "uk");
  assert.deepEqual([out?.id, out?.link, out?.lemma], ["cn:kharkiv", "lexicon:demonym", "Харків"]);
});

test("linker: a lone surname takes the base form its full name in the document gives it", () => {
  // A lemmatizer that reads the lone "Санду" as an inflected form (it knows no such surname).
  const lemmas = new Lemmatizer({ version: 1, tables: {}, forms: { uk: { "PER\tсанду": "Санд" } }, vocab: {} });
  const docLinker = new Linker(new Lexicon(LEXICON), lemmas);
  const spans = [
    { surface: "Мая Санду", type: "PER" as const, start: 0, end: 9 },
    { surface: "Санду", type: "PER" as const, start: 20, end: 25 },
  ];
  const out = docLinker.resolveMentions(spans, "uk");
  assert.deepEqual(
    out.map((m) => [m.lemma, m.id]),
    [
      ["Мая Санду", "k:snd"],
      ["Санду", "k:snd"],
    ],
  );
  // Alone in its document, it keeps what the lemmatizer says.
  assert.equal(docLinker.resolveMentions([spans[1] as (typeof spans)[number]], "uk")[0]?.lemma, "Санд");
});
