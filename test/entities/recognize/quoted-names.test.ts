// Names with quotation marks: a span holding an unclosed mark takes the closing one written right after it.

import assert from "node:assert/strict";
import { test } from "node:test";
import { closeQuotedNames } from "../../../src/entities/recognize/quoted-names.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; span: string; expected: string }[] = [
  {
    text: 'Съобщи Информационна агенция "Зорница" днес.',
    span: 'Информационна агенция "Зорница',
    expected: 'Информационна агенция "Зорница"',
  },
  { text: "Будівництво «Полярного потоку-3» зупинено.", span: "«Полярного потоку-3", expected: "«Полярного потоку-3»" },
  // Balanced or unquoted names, and a mark after a space, stay as they are.
  { text: 'Агенция "Зорница" съобщи.', span: 'Агенция "Зорница"', expected: 'Агенция "Зорница"' },
  { text: "Газопровід Полярний потік» зупинено.", span: "Полярний потік", expected: "Полярний потік" },
  { text: 'Агенция "Зорница "и още.', span: 'Агенция "Зорница', expected: 'Агенция "Зорница' },
];

test("quoted-names: an unclosed quotation mark in a span takes the closing mark after it", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const span = spanOf(c.text, tokens, c.span, "ORG");
    const [out] = closeQuotedNames(c.text, tokens, [span]);
    assert.equal(out?.surface, c.expected, c.text);
    assert.equal(out?.surface, c.text.slice(out?.start, out?.end), c.text);
  }
});
