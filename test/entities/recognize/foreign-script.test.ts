// Latin-script names in Cyrillic-script text: a person or place so written is read as an organization,
// unless the lexicon knows it as that person or place; other languages and types are left alone.

import assert from "node:assert/strict";
import { test } from "node:test";
import { retypeLatinNames } from "../../../src/entities/recognize/foreign-script.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const known = (surface: string): TagType | undefined => (surface === "Olga Berez" ? "PER" : undefined);

const CASES: { lang: string; text: string; surface: string; type: TagType; expected: TagType }[] = [
  { lang: "ru", text: "Концерн Nordwerk Energie подписал договор.", surface: "Nordwerk Energie", type: "PER", expected: "ORG" },
  { lang: "bg", text: "Компанията Zelmar обяви загуба.", surface: "Zelmar", type: "LOC", expected: "ORG" },
  { lang: "uk", text: "Фото: Olga Berez для видання.", surface: "Olga Berez", type: "PER", expected: "PER" },
  { lang: "uk", text: "Випуск Daily Kvit вийшов.", surface: "Daily Kvit", type: "PRO", expected: "PRO" },
  // Cyrillic names and texts in Latin-script languages stay as they are.
  { lang: "ru", text: "Зельмар обявил убытки.", surface: "Зельмар", type: "PER", expected: "PER" },
  { lang: "pl", text: "Firma Zelmar ogłosiła stratę.", surface: "Zelmar", type: "PER", expected: "PER" },
  { lang: "sr", text: "Фирма Zelmar је објавила губитак.", surface: "Zelmar", type: "PER", expected: "PER" },
];

test("foreign-script: a Latin-script person or place in Cyrillic text is an organization", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const [out] = retypeLatinNames([spanOf(c.text, tokens, c.surface, c.type)], c.lang, known);
    assert.equal(out?.type, c.expected, `${c.lang}: ${c.text}`);
  }
});
