import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_TOKEN_CHARS, tokenize } from "../../../src/entities/recognize/tokenize.ts";

const cases: { name: string; text: string; surfaces: string[]; sentenceStarts: string[] }[] = [
  {
    name: "words and punctuation",
    text: "Мер Харкова, Ігор Тест.",
    surfaces: ["Мер", "Харкова", ",", "Ігор", "Тест", "."],
    sentenceStarts: ["Мер"],
  },
  {
    name: "inner apostrophe joins, a hyphen is a token",
    text: "Нью-Йорк і O'Brien п'ять",
    surfaces: ["Нью", "-", "Йорк", "і", "O'Brien", "п'ять"],
    sentenceStarts: ["Нью"],
  },
  {
    name: "a hyphen before digits joins",
    text: "COVID-19 і Ту-154",
    surfaces: ["COVID-19", "і", "Ту-154"],
    sentenceStarts: ["COVID-19"],
  },
  {
    name: "English possessive is a token",
    text: "Russia's war and O'Brien's",
    surfaces: ["Russia", "'s", "war", "and", "O'Brien", "'s"],
    sentenceStarts: ["Russia"],
  },
  {
    name: "sentence break needs a capital",
    text: "Він пішов. Вона ні. а потім",
    surfaces: ["Він", "пішов", ".", "Вона", "ні", ".", "а", "потім"],
    sentenceStarts: ["Він", "Вона"],
  },
  {
    name: "initials do not end a sentence",
    text: "В. Петренко прийшов",
    surfaces: ["В", ".", "Петренко", "прийшов"],
    sentenceStarts: ["В"],
  },
  {
    name: "abbreviations inside names do not end a sentence",
    text: "Z Wlk. Brytanii do Komisji ds. Leków. Potem St. Albans",
    surfaces: ["Z", "Wlk", ".", "Brytanii", "do", "Komisji", "ds", ".", "Leków", ".", "Potem", "St", ".", "Albans"],
    sentenceStarts: ["Z", "Potem"],
  },
  {
    name: "line breaks start sentences",
    text: "Заголовок\nТекст далі",
    surfaces: ["Заголовок", "Текст", "далі"],
    sentenceStarts: ["Заголовок", "Текст"],
  },
  { name: "Latin with diacritics", text: "Łódź a Třebíč", surfaces: ["Łódź", "a", "Třebíč"], sentenceStarts: ["Łódź"] },
];

for (const c of cases) {
  test(`tokenize: ${c.name}`, () => {
    const tokens = tokenize(c.text);
    assert.deepEqual(
      tokens.map((t) => t.surface),
      c.surfaces,
    );
    for (const t of tokens) assert.equal(c.text.slice(t.start, t.end), t.surface);
    assert.deepEqual(
      tokens.filter((t) => t.sentenceStart).map((t) => t.surface),
      c.sentenceStarts,
    );
  });
}

test("tokenize: very long runs are cut into bounded tokens", () => {
  const tokens = tokenize("x".repeat(MAX_TOKEN_CHARS * 3 + 5));
  assert.equal(tokens.length, 4);
  assert.ok(tokens.every((t) => t.end - t.start <= MAX_TOKEN_CHARS));
});
