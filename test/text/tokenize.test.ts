// Tests for src/text/tokenize.ts and src/text/normalize.ts: offsets, kinds, norms (apostrophes, ё, look-alikes), keys, stems.

import assert from "node:assert/strict";
import { test } from "node:test";
import { normalizeText, normalizeToken, unifyPunctuation } from "../../src/text/normalize.ts";
import { repairMixedScript } from "../../src/text/script-mix.ts";
import { tokenize } from "../../src/text/tokenize.ts";

test("tokenize: offsets index into the text, spaces are not tokens", () => {
  const text = "  Київ,  3.5%  —  «Мінськ» ";
  const tokens = tokenize(text, "uk");
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface);
  assert.deepEqual(
    tokens.map((t) => [t.surface, t.kind]),
    [
      ["Київ", "word"],
      [",", "punct"],
      ["3.5", "number"],
      ["%", "punct"],
      ["—", "punct"],
      ["«", "punct"],
      ["Мінськ", "word"],
      ["»", "punct"],
    ],
  );
});

const NORMS: readonly [string, string][] = [
  ["Знам’янка", "знам'янка"],
  ["Знамʼянка", "знам'янка"],
  ["Знам'янка", "знам'янка"],
  ["Ёлка", "елка"],
  ["наблизиТися", "наблизитися"],
  ["Kиїв", "київ"],
  ["вiйна", "війна"],
  ["ХVІ", "xvi"],
  ["«", '"'],
  ["—", "-"],
];

for (const [surface, want] of NORMS) {
  test(`normalize: ${surface} → ${want}`, () => assert.equal(normalizeToken(surface), want));
}

test("normalize: running text and punctuation", () => {
  assert.equal(unifyPunctuation("«Так» — „ні“"), '"Так" - "ні"');
  assert.equal(normalizeText("Пётр і Kиїв"), "петр і київ");
  assert.equal(repairMixedScript("Kyiv"), "Kyiv");
});

test("tokenize: a word's apostrophe stays inside it and the key drops it", () => {
  const [t] = tokenize("м’ята", "uk");
  assert.equal(t.surface, "м’ята");
  assert.equal(t.norm, "м'ята");
  assert.equal(t.key, tokenize("мята", "ru")[0].key);
});

test("tokenize: stems per language, bad input gives tokens without throwing", () => {
  assert.equal(tokenize("переговорів", "uk")[0].stem, "переговор");
  assert.equal(tokenize("переговоров", "ru")[0].stem, "переговор");
  assert.equal(tokenize("governments", "en")[0].stem, "govern");
  assert.equal(tokenize("президентът", "bg")[0].stem, "президент");
  assert.doesNotThrow(() => tokenize("\ud800 \udfff x".repeat(10), "xx-invalid"));
  assert.equal(tokenize("ы".repeat(100_000), "ru").length, 1);
});

test("tokenize: tokens read as plain data, with every form, and the same surface in two languages keeps its own stem", () => {
  const [uk] = tokenize("Києві", "uk");
  assert.deepEqual(JSON.parse(JSON.stringify(uk)), {
    start: 0,
    end: 5,
    surface: "Києві",
    norm: "києві",
    key: uk?.key,
    stem: uk?.stem,
    kind: "word",
  });
  assert.ok(uk?.key && uk.key !== "", "a word has a key");
  const [en] = tokenize("running", "en");
  const [und] = tokenize("running", "und");
  assert.equal(en?.stem, "run");
  assert.equal(und?.stem, "running");
});
