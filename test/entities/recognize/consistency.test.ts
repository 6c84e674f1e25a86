import assert from "node:assert/strict";
import { test } from "node:test";
import { enforceConsistency } from "../../../src/entities/recognize/consistency.ts";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import { emptyGazetteer } from "../../../src/entities/recognize/gazetteer.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const cases: { name: string; text: string; found: [string, TagType, number?, number?][]; expected: string[] }[] = [
  {
    name: "an inflected repeat of a name is added",
    text: "Марко Шевчук приїхав. Потім Шевчука зустріли.",
    found: [["Марко Шевчук", "PER"]],
    expected: ["PER Марко Шевчук", "PER Шевчука"],
  },
  {
    name: "spans the model found keep their type",
    text: "Бравія заявила. Бравія відповіла.",
    found: [
      ["Бравія", "ORG", 0],
      ["Бравія", "LOC", 1],
    ],
    expected: ["ORG Бравія", "LOC Бравія"],
  },
  {
    name: "a span the model is unsure of takes the type its surface clearly has elsewhere",
    text: "Бравія заявила. Бравія відповіла. Бравія мовчить.",
    found: [
      ["Бравія", "ORG", 0, 0.99],
      ["Бравія", "ORG", 1, 0.95],
      ["Бравія", "PER", 2, 0.55],
    ],
    expected: ["ORG Бравія", "ORG Бравія", "ORG Бравія"],
  },
  {
    name: "a capitalized name does not spread to lowercase words",
    text: "Дуб сказав. Старий дуб стоїть.",
    found: [["Дуб", "PER"]],
    expected: ["PER Дуб"],
  },
  {
    name: "a lone surname of a person named in full is that person, even where the model was sure of another type",
    text: "Асія Бібі вийшла. Бібі поїхала до Лахора.",
    found: [
      ["Асія Бібі", "PER", 0, 0.97],
      ["Бібі", "LOC", 1, 0.95],
      ["Лахора", "LOC", 0, 0.95],
    ],
    expected: ["PER Асія Бібі", "PER Бібі", "LOC Лахора"],
  },
  {
    name: "an unsure full name does not retype its surname elsewhere",
    text: "Асія Бібі вийшла. Бібі поїхала.",
    found: [
      ["Асія Бібі", "PER", 0, 0.6],
      ["Бібі", "LOC", 1, 0.95],
    ],
    expected: ["PER Асія Бібі", "LOC Бібі"],
  },
  {
    name: "a full name written twice, unsure each time, retypes its surname alone, not its given name",
    text: "Азія Бібі вийшла. Бібі поїхала. Азія мовчить. Азія Бібі мовчить.",
    found: [
      ["Азія Бібі", "PER", 0, 0.6],
      ["Бібі", "LOC", 1, 0.95],
      ["Азія", "LOC", 1, 0.95],
      ["Азія Бібі", "PER", 1, 0.6],
    ],
    expected: ["PER Азія Бібі", "PER Бібі", "LOC Азія", "PER Азія Бібі"],
  },
  {
    name: "short names match only as written",
    text: "Рішення ЄС. Також ЄСП і ЄС.",
    found: [["ЄС", "ORG"]],
    expected: ["ORG ЄС", "ORG ЄС"],
  },
];

for (const c of cases) {
  test(`consistency: ${c.name}`, () => {
    const tokens = tokenize(c.text);
    const sentenceStart = Uint8Array.from(tokens.map((t) => (t.sentenceStart ? 1 : 0)));
    const atoms = computeAtoms(
      { surfaces: tokens.map((t) => t.surface), sentenceStart, lang: "uk" },
      { gazetteer: emptyGazetteer(), excludedSources: 0 },
    );
    const spans = c.found.map(([s, t, nth, score]) => spanOf(c.text, tokens, s, t, score, nth ?? 0));
    const out = enforceConsistency(c.text, tokens, spans, atoms).map((s) => `${s.type} ${s.surface}`);
    assert.deepEqual(out, c.expected);
  });
}
