import assert from "node:assert/strict";
import { test } from "node:test";
import { enforceConsistency } from "../../../src/entities/recognize/consistency.ts";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import { emptyGazetteer } from "../../../src/entities/recognize/gazetteer.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import type { RecognizedSpan } from "../../../src/entities/recognize/recognize.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";

function span(text: string, tokens: ReturnType<typeof tokenize>, surface: string, type: TagType, nth = 0): RecognizedSpan {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  const ts = tokens.findIndex((t) => t.start === at);
  const te = tokens.findIndex((t) => t.end === at + surface.length) + 1;
  return { start: at, end: at + surface.length, surface, type, score: 0.9, tokenStart: ts, tokenEnd: te, source: "model" };
}

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
    const spans = c.found.map(([s, t, nth, score]) => ({ ...span(c.text, tokens, s, t, nth ?? 0), ...(score !== undefined && { score }) }));
    const out = enforceConsistency(c.text, tokens, spans, atoms).map((s) => `${s.type} ${s.surface}`);
    assert.deepEqual(out, c.expected);
  });
}
