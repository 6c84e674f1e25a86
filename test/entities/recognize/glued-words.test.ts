// A span that stops inside a word written without spaces is carried through to the word's end.

import assert from "node:assert/strict";
import { test } from "node:test";
import { carryBackThroughHyphens, carryThroughGluedWords } from "../../../src/entities/recognize/glued-words.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { why: string; text: string; spans: [string, TagType][]; listed?: string[]; expected: [string, TagType][] }[] = [
  {
    why: "a short lowercase last piece belongs to the name",
    text: "Журналисты ждали у дома на Даунинг-стрит весь день.",
    spans: [["Даунинг", "LOC"]],
    expected: [["Даунинг-стрит", "LOC"]],
  },
  {
    why: "inner particles and a capitalized piece",
    text: "Партия Техрик-и-Инсаф победила.",
    spans: [["Техрик", "ORG"]],
    expected: [["Техрик-и-Инсаф", "ORG"]],
  },
  {
    why: "a span met after a free piece is merged",
    text: "Лидер движения Тахрик-и-Нифаз Шариат выступил.",
    spans: [
      ["Тахрик", "PER"],
      ["Нифаз Шариат", "ORG"],
    ],
    expected: [["Тахрик-и-Нифаз Шариат", "PER"]],
  },
  {
    why: "an acronym or a domain after a glued dot",
    text: "Kampania Stay.EU i portal novinky.cz pisały o tym.",
    spans: [
      ["Stay", "ORG"],
      ["novinky", "PRO"],
    ],
    expected: [
      ["Stay.EU", "ORG"],
      ["novinky.cz", "PRO"],
    ],
  },
  {
    why: "a span after a glued dot is the domain's end",
    text: "Портал ONLINE.UA написав.",
    spans: [
      ["ONLINE", "PRO"],
      ["UA", "LOC"],
    ],
    expected: [["ONLINE.UA", "PRO"]],
  },
  {
    why: "a span the model ended on the glued dot itself goes on through the domain",
    text: "Портал ONLINE.UA написав.",
    spans: [
      ["ONLINE.", "PRO"],
      ["UA", "PRO"],
    ],
    expected: [["ONLINE.UA", "PRO"]],
  },
  {
    why: "two names joined by a hyphen stay two (a span, or a listed name, right after the hyphen)",
    text: "Rozmowy UE-Londyn i umowa Pfizer-BioNTech trwają.",
    spans: [
      ["UE", "ORG"],
      ["Pfizer", "ORG"],
      ["BioNTech", "ORG"],
    ],
    listed: ["Londyn"],
    expected: [
      ["UE", "ORG"],
      ["Pfizer", "ORG"],
      ["BioNTech", "ORG"],
    ],
  },
  {
    why: "a compound noun: a long lowercase piece, or any after an acronym",
    text: "Он писал в Telegram-канале о COVID-вакцине и мРНК-коде.",
    spans: [
      ["Telegram", "PRO"],
      ["COVID", "EVT"],
      ["мРНК", "ORG"],
    ],
    expected: [
      ["Telegram", "PRO"],
      ["COVID", "EVT"],
      ["мРНК", "ORG"],
    ],
  },
  {
    why: "a capitalized word after a glued dot opens a sentence (a space was lost)",
    text: "Предаде БТА.Франция прие.",
    spans: [["БТА", "ORG"]],
    expected: [["БТА", "ORG"]],
  },
];

test("glued-words: spans are carried through glued hyphens and dots, names joined by them stay apart", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const gaz = new Uint8Array(tokens.length);
    for (const [i, t] of tokens.entries()) if (c.listed?.includes(t.surface)) gaz[i] = 1;
    const spans = c.spans.map(([surface, type]) => spanOf(c.text, tokens, surface, type));
    const out = carryThroughGluedWords(c.text, tokens, spans, gaz);
    assert.deepEqual(
      out.map((s) => [s.surface, s.type]),
      c.expected,
      c.why,
    );
    for (const s of out) assert.equal(c.text.slice(s.start, s.end), s.surface, c.why);
  }
});

test("glued-words: a span is carried back to the capitalized start of its glued word, not to a prefix or another name", () => {
  const text = "Партия Техрик-э-Лабаик Пакистан, канал N-TV, анти-Брекзит марш и трасса Лондон-Пловдив.";
  const tokens = tokenize(text);
  const spans = (
    [
      ["Лабаик Пакистан", "PER"],
      ["TV", "ORG"],
      ["Брекзит", "EVT"],
      ["Лондон", "LOC"],
      ["Пловдив", "LOC"],
    ] as [string, TagType][]
  ).map(([surface, type]) => spanOf(text, tokens, surface, type));
  const out = carryBackThroughHyphens(text, tokens, spans);
  assert.deepEqual(
    out.map((s) => s.surface),
    ["Техрик-э-Лабаик Пакистан", "N-TV", "Брекзит", "Лондон", "Пловдив"],
  );
  for (const s of out) assert.equal(text.slice(s.start, s.end), s.surface);
});
