// A capitalized adjective found alone in mid-sentence is carried on to the lowercase noun of its name.

import assert from "node:assert/strict";
import { test } from "node:test";
import { carryToHeadNoun, hasAdjectiveNames } from "../../../src/entities/recognize/adjective-names.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: {
  why: string;
  lang: string;
  text: string;
  spans: [string, TagType][];
  known?: string[];
  expected: [string, TagType][];
}[] = [
  {
    why: "an adjective and its noun",
    lang: "ru",
    text: "Строительство Северного потока продолжается.",
    spans: [["Северного", "LOC"]],
    expected: [["Северного потока", "LOC"]],
  },
  {
    why: "a longer span ending in a lowercase adjective goes on to its noun; one ending in a noun stays",
    lang: "bg",
    text: "Страните от Европейската икономическа зона и Европейския съюз решиха.",
    spans: [
      ["Европейската икономическа", "ORG"],
      ["Европейския съюз", "ORG"],
    ],
    expected: [
      ["Европейската икономическа зона", "ORG"],
      ["Европейския съюз", "ORG"],
    ],
  },
  {
    why: "a name in quotation marks",
    lang: "ru",
    text: "Акционеры «Северного потока — 2» собрались.",
    spans: [["Северного", "LOC"]],
    expected: [["Северного потока", "LOC"]],
  },
  {
    why: "through lowercase adjectives to the first noun",
    lang: "ru",
    text: "Патриарх Русской православной церкви выступил.",
    spans: [["Русской", "ORG"]],
    expected: [["Русской православной церкви", "ORG"]],
  },
  {
    why: "Slovene, Czech, Ukrainian and Bulgarian adjectives",
    lang: "sl",
    text: "Plinovod Severni tok in ladje v Rokavskem prelivu.",
    spans: [
      ["Severni", "PRO"],
      ["Rokavskem", "LOC"],
    ],
    expected: [
      ["Severni tok", "PRO"],
      ["Rokavskem prelivu", "LOC"],
    ],
  },
  {
    why: "Czech",
    lang: "cs",
    text: "Poslanci Dolní sněmovny hlasovali.",
    spans: [["Dolní", "ORG"]],
    expected: [["Dolní sněmovny", "ORG"]],
  },
  {
    why: "Bulgarian",
    lang: "bg",
    text: "Депутатите от Народното събрание гласуваха.",
    spans: [["Народното", "ORG"]],
    expected: [["Народното събрание", "ORG"]],
  },
  {
    why: "a Bulgarian definite noun through its preposition, an institution; a later word with the article is the noun",
    lang: "bg",
    text: "Гласуването в Камарата на общините беше отложено, а Малта за пореден път възрази.",
    spans: [
      ["Камарата", "LOC"],
      ["Малта", "LOC"],
    ],
    known: ["Малта"],
    expected: [
      ["Камарата на общините", "ORG"],
      ["Малта", "LOC"],
    ],
  },
  {
    why: "a noun stays alone: its ending is a noun's, or the lexicon knows it as a name",
    lang: "uk",
    text: "Разом з Україною вирішили, а Іспанія також погодилась.",
    spans: [["Україною", "LOC"]],
    expected: [["Україною", "LOC"]],
  },
  {
    why: "a name the lexicon knows stays alone",
    lang: "sl",
    text: "V Kitajski cepijo starejše.",
    spans: [["Kitajski", "LOC"]],
    known: ["Kitajski"],
    expected: [["Kitajski", "LOC"]],
  },
  {
    why: "a capital that opens a sentence or follows a colon is no evidence",
    lang: "ru",
    text: "Немецкие пилоты бастуют. Сказано: Британское правительство решило.",
    spans: [
      ["Немецкие", "LOC"],
      ["Британское", "ORG"],
    ],
    expected: [
      ["Немецкие", "LOC"],
      ["Британское", "ORG"],
    ],
  },
  {
    why: "adjectives with no noun after them, a person's surname, a known place written like an adjective",
    lang: "ru",
    text: "Речь о том, что Британский парламентский. Депутат Жириновский заявил, что Северного Китая нет.",
    spans: [
      ["Британский", "ORG"],
      ["Жириновский", "PER"],
      ["Северного", "LOC"],
      ["Китая", "LOC"],
    ],
    known: ["Китая"],
    expected: [
      ["Британский", "ORG"],
      ["Жириновский", "PER"],
      ["Северного", "LOC"],
      ["Китая", "LOC"],
    ],
  },
  {
    why: "Polish, which capitalizes every word of such names, is left alone",
    lang: "pl",
    text: "Spółka Moderna dostarczy szczepionki.",
    spans: [["Moderna", "ORG"]],
    expected: [["Moderna", "ORG"]],
  },
];

test("adjective-names: a capitalized adjective is carried on to its name's noun", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const spans = c.spans.map(([surface, type]) => spanOf(c.text, tokens, surface, type));
    const out = carryToHeadNoun(c.text, tokens, spans, c.lang, (s) => c.known?.includes(s) ?? false);
    assert.deepEqual(
      out.map((s) => [s.surface, s.type]),
      c.expected,
      c.why,
    );
    for (const s of out) assert.equal(c.text.slice(s.start, s.end), s.surface, c.why);
  }
  assert.equal(hasAdjectiveNames("en"), false);
  assert.equal(hasAdjectiveNames("pl"), false);
  assert.equal(hasAdjectiveNames("uk"), true);
});
