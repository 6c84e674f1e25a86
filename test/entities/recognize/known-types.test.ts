// What the lexicon knows mends the model's spans: retyping, splitting joined places, trimming titles.

import assert from "node:assert/strict";
import { test } from "node:test";
import { applyKnownTypes } from "../../../src/entities/recognize/known-types.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

// A made-up lexicon: two countries, a town and a person.
const KNOWN: Record<string, "PER" | "LOC"> = {
  Руритания: "LOC",
  "Горна Мирания": "LOC",
  Мирании: "LOC",
  Ruritanii: "LOC",
  Ashford: "LOC",
  Okafor: "PER",
  "Ада Окафор": "PER",
  руританците: "LOC",
};
const knownType = (s: string) => KNOWN[s];
/** Known only as an organization's name. */
const knownOrganization = (s: string) => s === "Сенате" || s === "Ашфорде";

/** `sure`: the outcome when the model is sure of the span too (only two known places side by side are still split). */
const CASES: { text: string; span: string; type: TagType; expected: string[]; sure?: string[] }[] = [
  { text: "The Okafor government fell.", span: "Okafor", type: "LOC", expected: ["PER Okafor"] },
  // A "person" the lexicon knows as a place stays a person: people are named after places.
  { text: "They met Ashford at noon.", span: "Ashford", type: "PER", expected: ["PER Ashford"] },
  // An "organization" of one word the lexicon knows only as a place is a place (a place's name in an
  // organization's, "Uniwersytet Ruritanii", gave the word the organization's type in the name lists).
  { text: "Wybory w Ruritanii wygrał Okafor.", span: "Ruritanii", type: "ORG", expected: ["LOC Ruritanii"] },
  {
    text: "при нападение срещу Руритания Горна Мирания ще помогне",
    span: "Руритания Горна Мирания",
    type: "LOC",
    expected: ["LOC Руритания", "LOC Горна Мирания"],
    sure: ["LOC Руритания", "LOC Горна Мирания"],
  },
  { text: "Він подзвонив Президенту Мирании вчора.", span: "Президенту Мирании", type: "ORG", expected: ["LOC Мирании"] },
  // A known place and a known person's full name read as one place: a place and a person.
  {
    text: "Prezydent Ruritanii Ада Окафор przyjechała.",
    span: "Ruritanii Ада Окафор",
    type: "LOC",
    expected: ["LOC Ruritanii", "PER Ада Окафор"],
    sure: ["LOC Ruritanii", "PER Ада Окафор"],
  },
  // Two known people side by side, the second a full name: two people, however sure the model was.
  {
    text: "Говорителят на Okafor Ада Окафор каза",
    span: "Okafor Ада Окафор",
    type: "PER",
    expected: ["PER Okafor", "PER Ада Окафор"],
    sure: ["PER Okafor", "PER Ада Окафор"],
  },
  // Unknown parts, a comma between, or a name the lexicon knows whole stay as they are.
  {
    text: "при нападение срещу Руритания Долна Мирания ще",
    span: "Руритания Долна Мирания",
    type: "LOC",
    expected: ["LOC Руритания Долна Мирания"],
  },
  { text: "Він подзвонив Президенту Заранії вчора.", span: "Президенту Заранії", type: "ORG", expected: ["ORG Президенту Заранії"] },
  { text: "They drove to Ashford at noon.", span: "Ashford", type: "LOC", expected: ["LOC Ashford"] },
  // A "place" of one word the lexicon knows only as an organization is one; a longer span is left.
  { text: "Закон поддержали в Сенате вчера.", span: "Сенате", type: "LOC", expected: ["ORG Сенате"] },
  { text: "Закон поддержали в Сенате Руритании.", span: "Сенате Руритании", type: "LOC", expected: ["LOC Сенате Руритании"] },
  // A lowercase demonym linked to its country stays a person.
  { text: "и руританците гласуваха", span: "руританците", type: "PER", expected: ["PER руританците"] },
];

test("known-types: spans the lexicon contradicts are retyped, split or trimmed", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const span = spanOf(c.text, tokens, c.span, c.type, 0.6);
    const out = applyKnownTypes(c.text, tokens, [span], knownType, knownOrganization);
    // What the model is sure of stays as it is, but for two known places side by side.
    const sure = applyKnownTypes(c.text, tokens, [{ ...span, score: 0.95 }], knownType, knownOrganization);
    assert.deepEqual(
      sure.map((s) => `${s.type} ${s.surface}`),
      c.sure ?? [`${c.type} ${c.span}`],
      `${c.text} (sure)`,
    );
    assert.deepEqual(
      out.map((s) => `${s.type} ${s.surface}`),
      c.expected,
      c.text,
    );
    for (const s of out) assert.equal(c.text.slice(s.start, s.end), s.surface);
  }
});

test("known-types: a title opening a sentence is trimmed from a person's name, however sure the model", () => {
  const text = "Сенатор Ада Окафор поддержала закон. Вчера сенатор Ада Окафор молчала.";
  const tokens = tokenize(text);
  for (const score of [0.6, 0.99]) {
    const span = spanOf(text, tokens, "Сенатор Ада Окафор", "PER", score);
    assert.deepEqual(
      applyKnownTypes(text, tokens, [span], knownType).map((s) => `${s.type} ${s.surface}`),
      ["PER Ада Окафор"],
    );
  }
});
