import assert from "node:assert/strict";
import { test } from "node:test";
import { addArticleEvidence, type CorpusNames } from "../../src/entities/recognize/corpus-names.ts";
import { entitiesStage, findEntities } from "../../src/entities/stage.ts";
import type { Doc } from "../../src/model/doc.ts";
import { DEFAULT_CONTEXT } from "../../src/pipeline/stage.ts";

function docOf(text: string, lang: string): Doc {
  return {
    raw: { input: "fixture.txt", format: "text", hints: {} },
    now: "2026-01-01T00:00:00Z",
    nowSource: "flag",
    messages: [],
    extract: { text, published: null, method: "none" },
    lang: { code: lang, confidence: 1, spans: [] },
  };
}

// Hand-written sentences; expected mentions are names the training data knows well.
const cases: { name: string; text: string; lang: string; expected: string[] }[] = [
  {
    name: "Ukrainian people and places",
    text: "У вівторок Володимир Зеленський зустрівся в Києві з прем'єром Польщі. Зеленський подякував Польщі за підтримку.",
    lang: "uk",
    expected: ["PER Володимир Зеленський", "LOC Києві", "LOC Польщі", "PER Зеленський"],
  },
  {
    name: "Russian organization and place",
    text: "Представители Евросоюза приехали в Москву в понедельник.",
    lang: "ru",
    expected: ["ORG Евросоюза", "LOC Москву"],
  },
  {
    name: "Bulgarian",
    text: "Премиерът на България посети Брюксел, където разговаря с Урсула фон дер Лайен.",
    lang: "bg",
    expected: ["LOC България", "LOC Брюксел", "PER Урсула фон дер Лайен"],
  },
  {
    name: "English",
    text: "Angela Merkel met Emmanuel Macron in Berlin on Monday.",
    lang: "en",
    expected: ["PER Angela Merkel", "PER Emmanuel Macron", "LOC Berlin"],
  },
  { name: "no names", text: "вчора було тепло, а сьогодні холодно.", lang: "uk", expected: [] },
  { name: "empty text", text: "", lang: "uk", expected: [] },
];

for (const c of cases) {
  test(`entities stage: ${c.name}`, () => {
    const out = entitiesStage.run(docOf(c.text, c.lang), { noExtract: false });
    const mentions = out.entities?.mentions ?? [];
    for (const e of c.expected)
      assert.ok(
        mentions.some((m) => `${m.type} ${m.surface}` === e),
        `${e} missing in ${mentions.map((m) => `${m.type} ${m.surface}`).join(", ")}`,
      );
    if (c.expected.length === 0) assert.deepEqual(mentions, []);
    for (const m of mentions) {
      assert.equal(c.text.slice(m.start, m.end), m.surface);
      assert.ok(m.id.length > 0 && m.name.length > 0 && m.lemma.length > 0);
      assert.ok(m.score >= 0 && m.score <= 1);
    }
    assert.equal(out.entities?.model, c.lang);
  });
}

test("entities stage: a language without a model uses the fallback and says so", () => {
  const out = entitiesStage.run(docOf("Yesterday Angela Merkel visited Berlin.", "sw"), { noExtract: false });
  assert.equal(out.entities?.model, "xx");
  assert.ok(out.messages.some((m) => m.code === "entities/fallback-model"));
});

test("entities stage: text over the limit is searched in its first part, with a message", () => {
  const text = "Angela Merkel visited Berlin. ".repeat(40);
  const { layer, messages } = findEntities(text, "en", "long.txt", { maxChars: 300 });
  assert.ok(messages.some((m) => m.code === "entities/truncated" && m.start === 300));
  assert.ok(layer.mentions.every((m) => m.end <= 300));
});

test("entities stage: all-caps text and a table of names give a bounded answer", () => {
  const caps = "ПРЕЗИДЕНТ УКРАЇНИ ВОЛОДИМИР ЗЕЛЕНСЬКИЙ ПРИБУВ ДО ВАРШАВИ. ".repeat(20);
  const table = Array.from({ length: 200 }, (_, i) => `Ivan Petrenko${i}\t${i}\tKyiv`).join("\n");
  for (const text of [caps, table]) {
    const { layer } = findEntities(text, "uk", "bad.txt");
    assert.ok(layer.mentions.length <= text.split(/\s+/).length);
    for (const m of layer.mentions) assert.equal(text.slice(m.start, m.end), m.surface);
  }
});

test("entities stage: a list of towns the lexicon knows comes out as places, linked, whatever the model typed", () => {
  const text = "The troops took several towns, including Irpen, Bucha, Gostomel, Borodianka, Dymer, Makarov, and then moved south.";
  const { layer } = findEntities(text, "en", "fixture.txt");
  const byName = new Map(layer.mentions.map((m) => [m.surface, m]));
  for (const town of ["Irpen", "Bucha", "Gostomel", "Borodianka", "Dymer", "Makarov"]) assert.equal(byName.get(town)?.type, "LOC", town);
  for (const town of ["Irpen", "Bucha", "Gostomel", "Borodianka"]) {
    const id = byName.get(town)?.id ?? "";
    assert.ok(id.startsWith("cn:"), `${town} linked to the lexicon: ${id}`);
  }
});

test("entities stage: a name takes the type the corpus evidence in the stage context gives it", () => {
  const text = "The striker joined Wolfsburg after three seasons, and Wolfsburg paid well.";
  const corpusNames: CorpusNames = new Map();
  for (let i = 0; i < 5; i++) addArticleEvidence(corpusNames, [{ surface: "Wolfsburg", type: "ORG", score: 0.99 }], "en");
  const before = entitiesStage.run(docOf(text, "en"), DEFAULT_CONTEXT);
  const after = entitiesStage.run(docOf(text, "en"), { ...DEFAULT_CONTEXT, corpusNames });
  const types = (d: Doc) => (d.entities?.mentions ?? []).filter((m) => m.surface === "Wolfsburg").map((m) => m.type);
  assert.ok(types(before).length > 0 && !types(before).includes("ORG"), `the model finds the name as a place: ${types(before)}`);
  assert.deepEqual(
    types(after),
    types(before).map(() => "ORG"),
  );
});

test("entities stage: the decoder leans towards the corpus' names, boundaries included", () => {
  const text = "Yesterday Harbour Watch said the port was closed.";
  const corpusNames: CorpusNames = new Map();
  for (let i = 0; i < 5; i++) addArticleEvidence(corpusNames, [{ surface: "Harbour Watch", type: "ORG", score: 0.99 }], "en");
  const { layer } = findEntities(text, "en", "fixture.txt", { corpus: corpusNames });
  assert.deepEqual(
    layer.mentions.map((m) => [m.surface, m.type]),
    [["Harbour Watch", "ORG"]],
  );
});
