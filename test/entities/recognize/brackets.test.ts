import assert from "node:assert/strict";
import { test } from "node:test";
import { splitAtBrackets } from "../../../src/entities/recognize/brackets.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; span: string; expected: string[] }[] = [
  // A name and its abbreviation are two mentions.
  { text: "Съветът на Зорница (СЗ) реши.", span: "Съветът на Зорница (СЗ", expected: ["Съветът на Зорница", "СЗ"] },
  { text: "Рада Полісся (РП) вирішила.", span: "Рада Полісся (РП)", expected: ["Рада Полісся", "РП"] },
  // A bracket at the edge goes; nothing is left of a span of brackets alone.
  { text: "Linie (Aerolot) latają.", span: "Aerolot)", expected: ["Aerolot"] },
  { text: "Ceny ( ) spadły.", span: "( )", expected: [] },
  // Spans without brackets stay.
  { text: "Рада Полісся вирішила.", span: "Рада Полісся", expected: ["Рада Полісся"] },
];

test("brackets: a span is cut at its brackets into the pieces with words, each of the span's type", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const out = splitAtBrackets(c.text, tokens, [spanOf(c.text, tokens, c.span, "ORG")]);
    assert.deepEqual(
      out.map((s) => s.surface),
      c.expected,
      c.text,
    );
    for (const s of out) {
      assert.equal(s.surface, c.text.slice(s.start, s.end));
      assert.equal(s.type, "ORG");
      assert.equal(tokens[s.tokenStart]?.start, s.start);
      assert.equal(tokens[s.tokenEnd - 1]?.end, s.end);
    }
  }
});
