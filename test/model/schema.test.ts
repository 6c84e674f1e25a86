// src/model/schema.json against src/model/article.ts: a fully layered Doc's article validates, and each
// broken variant is caught (by the schema, or by the offset / id checks in validate.ts).

import assert from "node:assert/strict";
import { test } from "node:test";
import { type Article, toArticle } from "../../src/model/article.ts";
import type { Doc } from "../../src/model/doc.ts";
import { makeMessage } from "../../src/model/message.ts";
import { articleProblems } from "../../src/model/validate.ts";

const TEXT = "Зеленський зустрівся з Макроном у Парижі 27 червня.\n\nВони домовилися про співпрацю.";

/** A Doc with every layer filled by hand, so toArticle emits every optional field. */
function fullDoc(): Doc {
  const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  return {
    raw: {
      input: "a.jsonl:3",
      path: "a.jsonl",
      format: "html",
      content: "<p>…</p>",
      hints: { id: "rec-3", url: "https://n.example/a", site: "N" },
    },
    now: "2026-06-28T09:00:00Z",
    nowSource: "flag",
    messages: [
      makeMessage("decode/unknown-charset", "info", "a.jsonl:3", { charset: "x" }),
      makeMessage("extract/no-body", "warning", "a.jsonl:3", { detail: "d" }, at("Вони")),
    ],
    decode: { content: "<p>…</p>", charset: "utf-8", charsetEvidence: "given", format: "html" },
    extract: {
      text: TEXT,
      title: "Зустріч",
      author: ["Авторка"],
      site: "N",
      canonicalUrl: "https://n.example/a",
      tags: ["політика"],
      published: { value: "2026-06-27T12:21", precision: "minute", evidence: "meta:article:published_time" },
      method: "html:main",
    },
    lang: { code: "uk", confidence: 0.98765, spans: [{ code: "ru", confidence: 0.5, ...at("Вони") }] },
    text: { sentences: [], tokens: [] },
    entities: {
      model: "uk",
      mentions: [
        {
          ...at("Зеленський"),
          surface: "Зеленський",
          lemma: "Зеленський",
          type: "PER",
          id: "per-zelensky",
          name: "Volodymyr Zelensky",
          score: 0.9,
          link: "lexicon:alias",
        },
        { ...at("Парижі"), surface: "Парижі", lemma: "Париж", type: "LOC", id: "loc-paris", name: "Paris", score: 0.8, link: "key" },
      ],
    },
    time: { expressions: [{ ...at("27 червня"), surface: "27 червня", value: "2026-06-27", precision: "day" }] },
    events: {
      events: [
        {
          type: "CONSULT",
          mode: "visit",
          actors: ["per-zelensky"],
          targets: ["per-macron"],
          date: "2026-06-27",
          place: "loc-paris",
          evidence: "зустрівся",
          ...at("зустрівся"),
        },
      ],
    },
  };
}

test("schema: a fully layered article is valid, and so is a bare one", () => {
  const full = toArticle(fullDoc());
  for (const key of ["lang", "author", "extract", "entities", "times", "events", "messages"]) assert.ok(key in full, key);
  assert.deepEqual(articleProblems(full), []);
  const bare = toArticle({
    raw: { input: "-", format: "text", content: "x", hints: {} },
    now: "2026-01-01T00:00:00.000Z",
    nowSource: "clock",
    messages: [],
  });
  assert.deepEqual(articleProblems(bare), []);
});

test("schema: broken articles are caught", () => {
  const cases: [string, (a: Article) => void, RegExp][] = [
    ["wrong schema version", (a) => Object.assign(a, { schema: 2 }), /\/schema/],
    ["unknown top-level field", (a) => Object.assign(a, { extra: true }), /additional properties/],
    ["missing text", (a) => delete (a as Partial<Article>).text, /text/],
    ["title not a string", (a) => Object.assign(a, { title: 3 }), /\/title/],
    ["bad language code", (a) => Object.assign(a.lang!, { code: "ukr" }), /\/lang\/code/],
    ["confidence above 1", (a) => Object.assign(a.lang!, { confidence: 1.5 }), /\/lang\/confidence/],
    ["bad entity type", (a) => Object.assign(a.entities![0], { type: "PERSON" }), /\/entities\/0\/type/],
    ["negative offset", (a) => Object.assign(a.entities![0], { start: -1 }), /\/entities\/0\/start/],
    ["offset past the text", (a) => Object.assign(a.times![0], { end: 10_000 }), /past the text/],
    ["start after end", (a) => Object.assign(a.events![0], { start: 20, end: 10 }), /after end/],
    ["surface not at its offsets", (a) => Object.assign(a.entities![1], { surface: "Лондоні" }), /is not text/],
    ["event type not PLOVER", (a) => Object.assign(a.events![0], { type: "MEET" }), /\/events\/0\/type/],
    ["published precision", (a) => Object.assign(a, { published: { value: "2026-06", precision: "week", evidence: "x" } }), /\/published/],
    ["published value", (a) => Object.assign(a, { published: { value: "27.06.2026", precision: "day", evidence: "x" } }), /\/published/],
    ["now source", (a) => Object.assign(a.now, { source: "guess" }), /\/now\/source/],
    ["id not the content hash", (a) => Object.assign(a, { id: "0".repeat(24) }), /content hash/],
    ["message severity", (a) => Object.assign(a.messages![0], { severity: "error" }), /\/messages\/0\/severity/],
  ];
  for (const [name, breakIt, expected] of cases) {
    const article = structuredClone(toArticle(fullDoc()));
    breakIt(article);
    const problems = articleProblems(article);
    assert.ok(
      problems.some((p) => expected.test(p)),
      `${name}: ${JSON.stringify(problems)}`,
    );
  }
});
