// Names with quotation marks: a span holding an unclosed mark takes the closing one written right after it;
// where the annotators took quoted names with their marks (learned per language and type), a span between marks takes them.

import assert from "node:assert/strict";
import { test } from "node:test";
import { beginLabel as B, insideLabel as I, O_LABEL } from "../../../src/entities/recognize/labels.ts";
import { closeQuotedNames, wrapQuotedNames } from "../../../src/entities/recognize/quoted-names.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { QUOTE_CONVENTION_MIN_NAMES, quoteConventions, type TrainDoc } from "../../../src/entities/recognize/train.ts";
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
  // A stray mark at an edge, with no mark to close it, goes.
  { text: "Компания «Полярнефть» сообщила.", span: "Полярнефть»", expected: "Полярнефть" },
  { text: "Газопровід «Полярний потік — 3» зупинено.", span: "«Полярний потік", expected: "Полярний потік" },
];

test("quoted-names: an unclosed quotation mark in a span takes the closing mark after it, or goes from the edge", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const span = spanOf(c.text, tokens, c.span, "ORG");
    const [out] = closeQuotedNames(c.text, tokens, [span]);
    assert.equal(out?.surface, c.expected, c.text);
    assert.equal(out?.surface, c.text.slice(out?.start, out?.end), c.text);
  }
});

test("quoted-names: a span right between two marks takes them where the model learned that convention", () => {
  const text = "Вакцину «Полярник» и препарат «Полярник» одобрили, сообщил «Вектор».";
  const tokens = tokenize(text);
  const pro = spanOf(text, tokens, "Полярник", "PRO");
  const org = spanOf(text, tokens, "Вектор", "ORG");
  const out = wrapQuotedNames(text, tokens, [pro, org], "ru", ["ru PRO"]);
  assert.deepEqual(
    out.map((s) => s.surface),
    ["«Полярник»", "Вектор"],
  );
  assert.equal(out[0]?.surface, text.slice(out[0]?.start, out[0]?.end));
  assert.equal(wrapQuotedNames(text, tokens, [pro], "uk", ["ru PRO"])[0]?.surface, "Полярник", "another language keeps its own convention");
  assert.equal(wrapQuotedNames(text, tokens, [pro], "ru", undefined)[0]?.surface, "Полярник", "a model without conventions");
  const spaced = 'Препарат " Полярник " одобрили.';
  const spacedTokens = tokenize(spaced);
  const loose = wrapQuotedNames(spaced, spacedTokens, [spanOf(spaced, spacedTokens, "Полярник", "PRO")], "ru", ["ru PRO"]);
  assert.equal(loose[0]?.surface, "Полярник", "marks set apart by spaces are not the name's");
});

/** A training document of `n` sentences "« Name » ." labelled with the marks inside (or outside) a PRO. */
function quotedDoc(lang: string, n: number, marksInside: boolean): TrainDoc {
  const surfaces: string[] = [];
  const labels: number[] = [];
  for (let k = 0; k < n; k++) {
    surfaces.push("«", "Полярник", "»", ".");
    labels.push(...(marksInside ? [B("PRO"), I("PRO"), I("PRO")] : [O_LABEL, B("PRO"), O_LABEL]), O_LABEL);
  }
  return { surfaces, sentenceStart: new Uint8Array(surfaces.length), lang, labels: Uint8Array.from(labels), sourceBit: 0 };
}

test("quote conventions: learned where most quoted names of a language and type were annotated with their marks", () => {
  const n = QUOTE_CONVENTION_MIN_NAMES;
  assert.deepEqual(quoteConventions([quotedDoc("ru", n, true), quotedDoc("ru", n / 2, false), quotedDoc("uk", n, false)]), ["ru PRO"]);
  assert.deepEqual(quoteConventions([quotedDoc("ru", n - 1, true)]), [], "too few quoted names to tell");
  assert.deepEqual(quoteConventions([quotedDoc("ru", n, true), quotedDoc("ru", n, false)]), [], "half and half is no convention");
});
