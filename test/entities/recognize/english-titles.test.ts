// English titles: trimmed off people's names; spans of titles alone are no names.

import assert from "node:assert/strict";
import { test } from "node:test";
import { trimEnglishTitles } from "../../../src/entities/recognize/english-titles.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; surface: string; type: TagType; expected: string | null; english?: boolean }[] = [
  { text: "Yesterday President Olga Berez spoke.", surface: "President Olga Berez", type: "PER", expected: "PER Olga Berez" },
  { text: "Then Brigadier General Ivo Marn left.", surface: "Brigadier General Ivo Marn", type: "PER", expected: "PER Ivo Marn" },
  { text: "We met Mr. Porter there.", surface: "Mr. Porter", type: "PER", expected: "PER Porter" },
  { text: "Then Prime Minister Ivo Marn left.", surface: "Prime Minister Ivo Marn", type: "PER", expected: "PER Ivo Marn" },
  // A country or office before the title goes with it.
  {
    text: "Then Ruritanian President Olga Berez left.",
    surface: "Ruritanian President Olga Berez",
    type: "PER",
    expected: "PER Olga Berez",
  },
  {
    text: "Then Ruritanian Foreign Minister Ivo Marn left.",
    surface: "Ruritanian Foreign Minister Ivo Marn",
    type: "PER",
    expected: "PER Ivo Marn",
  },
  // Not a title where it ends the span, nor three words in.
  { text: "Then Olga King spoke.", surface: "Olga King", type: "PER", expected: "PER Olga King" },
  { text: "Then Olga Ivo King Jr spoke.", surface: "Olga Ivo King Jr", type: "PER", expected: "PER Olga Ivo King Jr" },
  {
    text: "Then Anna Olga Berez King spoke.",
    surface: "Anna Olga Berez King",
    type: "PER",
    expected: "PER Anna Olga Berez King",
  },
  // The name must go on with a capitalized word, or the span is left whole.
  {
    text: "Then Secretary of State Ivo Marn left.",
    surface: "Secretary of State Ivo Marn",
    type: "PER",
    expected: "PER Secretary of State Ivo Marn",
  },
  // Titles alone: dropped, but one word read as a person may be a surname.
  { text: "The Brigadier General arrived.", surface: "Brigadier General", type: "ORG", expected: null },
  { text: "The President said so.", surface: "President", type: "LOC", expected: null },
  { text: "Later King wrote a novel.", surface: "King", type: "PER", expected: "PER King" },
  // Other types keep their first word ("General Motors"); lowercase words and other languages are left alone.
  { text: "Shares of General Motors fell.", surface: "General Motors", type: "ORG", expected: "ORG General Motors" },
  { text: "The mayor Olga Berez spoke.", surface: "mayor Olga Berez", type: "PER", expected: "PER mayor Olga Berez" },
  {
    text: "Prezydent Olga Berez mówi.",
    surface: "Prezydent Olga Berez",
    type: "PER",
    expected: "PER Prezydent Olga Berez",
    english: false,
  },
];

test("english-titles: leading titles leave people's names, titles alone are no names", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const out = trimEnglishTitles(c.text, tokens, [spanOf(c.text, tokens, c.surface, c.type)], c.english ?? true);
    assert.deepEqual(
      out.map((s) => `${s.type} ${s.surface}`),
      c.expected === null ? [] : [c.expected],
      c.text,
    );
    for (const s of out) assert.equal(c.text.slice(s.start, s.end), s.surface);
  }
});
