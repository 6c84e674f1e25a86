import assert from "node:assert/strict";
import { test } from "node:test";
import { unifyEnumerations } from "../../../src/entities/recognize/enumerations.ts";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import { emptyGazetteer } from "../../../src/entities/recognize/gazetteer.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import type { RecognizedSpan } from "../../../src/entities/recognize/recognize.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";

const cases: { name: string; text: string; found: [string, TagType][]; expected: string[]; places?: string[] }[] = [
  {
    name: "an untyped item joins the list's type",
    text: "Війська зайшли в Пороги, Зарічне, Дубове та Лісне.",
    found: [
      ["Пороги", "LOC"],
      ["Зарічне", "LOC"],
      ["Лісне", "LOC"],
    ],
    expected: ["LOC Пороги", "LOC Зарічне", "LOC Дубове", "LOC Лісне"],
  },
  {
    name: "a mistyped item is retyped",
    text: "including Ashford, Brenley, Calder and Dunmore today",
    found: [
      ["Ashford", "LOC"],
      ["Brenley", "PER"],
      ["Calder", "LOC"],
      ["Dunmore", "LOC"],
    ],
    expected: ["LOC Ashford", "LOC Brenley", "LOC Calder", "LOC Dunmore"],
  },
  {
    name: "no majority, no change",
    text: "including Ashford, Brenley, Calder and Dunmore today",
    found: [
      ["Ashford", "LOC"],
      ["Brenley", "PER"],
      ["Calder", "ORG"],
    ],
    expected: ["LOC Ashford", "PER Brenley", "ORG Calder"],
  },
  {
    name: "items known as places vote as places, whatever the model made of them",
    text: "including Ashford, Brenley, Calder and Dunmore today",
    found: [
      ["Ashford", "LOC"],
      ["Brenley", "PER"],
      ["Calder", "ORG"],
    ],
    places: ["Brenley", "Dunmore"],
    expected: ["LOC Ashford", "LOC Brenley", "LOC Calder", "LOC Dunmore"],
  },
  {
    name: "two items are not a list",
    text: "Пороги і Зарічне.",
    found: [["Пороги", "LOC"]],
    expected: ["LOC Пороги"],
  },
];

for (const c of cases) {
  test(`enumerations: ${c.name}`, () => {
    const tokens = tokenize(c.text);
    const sentenceStart = Uint8Array.from(tokens.map((t) => (t.sentenceStart ? 1 : 0)));
    const atoms = computeAtoms(
      { surfaces: tokens.map((t) => t.surface), sentenceStart, lang: "uk" },
      { gazetteer: emptyGazetteer(), excludedSources: 0 },
    );
    const spans: RecognizedSpan[] = c.found.map(([surface, type]) => {
      const at = c.text.indexOf(surface);
      const ts = tokens.findIndex((t) => t.start === at);
      return { start: at, end: at + surface.length, surface, type, score: 0.9, tokenStart: ts, tokenEnd: ts + 1, source: "model" };
    });
    assert.deepEqual(
      unifyEnumerations(c.text, tokens, spans, atoms, c.places ? (s) => (c.places?.includes(s) ? "LOC" : undefined) : undefined).map(
        (s) => `${s.type} ${s.surface}`,
      ),
      c.expected,
    );
  });
}
