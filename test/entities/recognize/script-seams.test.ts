// A Latin name's span in Cyrillic text is cut at the lowercase Cyrillic words the model ran on through.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { splitAtScriptSeams } from "../../../src/entities/recognize/script-seams.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; span: string; type: TagType; expected: string[] }[] = [
  { text: "Новината съобщи Acme News първа вчера.", span: "Acme News първа", type: "PRO", expected: ["PRO Acme News"] },
  {
    text: "Компанията Zorba Systems съди Acme News заради това.",
    span: "Zorba Systems съди Acme News",
    type: "ORG",
    expected: ["ORG Zorba Systems", "ORG Acme News"],
  },
  { text: "Ваксини на Zorbix или Quonta са в склада.", span: "Zorbix или Quonta", type: "ORG", expected: ["ORG Zorbix", "ORG Quonta"] },
  {
    text: "Форум Zorba Financial Forum - форум за пари.",
    span: "Zorba Financial Forum - форум",
    type: "EVT",
    expected: ["EVT Zorba Financial Forum"],
  },
  // Cyrillic names, and Latin ones with no lowercase Cyrillic word, are left as they are.
  { text: "Рада з питань культури засідала.", span: "Рада з питань культури", type: "ORG", expected: ["ORG Рада з питань культури"] },
  { text: "Журнал Zorba of Acme вийшов.", span: "Zorba of Acme", type: "PRO", expected: ["PRO Zorba of Acme"] },
];

test("script seams: a Latin name's span stops at lowercase Cyrillic words", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const out = splitAtScriptSeams(c.text, tokens, [spanOf(c.text, tokens, c.span, c.type, 0.8)]);
    assert.deepEqual(
      out.map((s) => `${s.type} ${s.surface}`),
      c.expected,
      c.text,
    );
    for (const s of out) {
      assert.equal(c.text.slice(s.start, s.end), s.surface);
      assert.equal(tokens[s.tokenStart]?.start, s.start);
      assert.equal(tokens[s.tokenEnd - 1]?.end, s.end);
    }
  }
});
