// Tests for src/lang/stage.ts and src/text/stage.ts on hand-built docs: title used as evidence, spans index
// into extract.text, messages for undetermined text, tokens of a span get that span's language.

import assert from "node:assert/strict";
import { test } from "node:test";
import { langStage } from "../../src/lang/stage.ts";
import type { Doc } from "../../src/model/doc.ts";
import { DEFAULT_CONTEXT } from "../../src/pipeline/stage.ts";
import { textStage } from "../../src/text/stage.ts";

function docOf(text: string, title?: string, langHint?: string): Doc {
  return {
    raw: { input: "test.txt", format: "text", content: text, hints: {} },
    now: "2026-01-01T00:00:00Z",
    nowSource: "flag",
    messages: [],
    extract: { text, title, langHint, published: null, method: "as-is" },
  };
}

const UK = "Уряд ухвалив рішення про підтримку громад, які постраждали від повені минулого тижня.";
const RU = "«Мы не собираемся отступать от своих позиций ни при каких условиях», — сказал он журналистам.";

test("lang stage: the article language, a span for the paragraph in another language, offsets into extract.text", () => {
  const text = `${UK}\n\n${RU}\n\n${UK}`;
  const doc = langStage.run(docOf(text, "Уряд ухвалив рішення"), DEFAULT_CONTEXT);
  assert.equal(doc.lang?.code, "uk");
  assert.equal(doc.lang?.spans.length, 1);
  const span = doc.lang!.spans[0];
  assert.equal(span.code, "ru");
  assert.equal(text.slice(span.start, span.end), RU);
});

test("lang stage: empty text is und with an info message, never an exception", () => {
  const doc = langStage.run(docOf(""), DEFAULT_CONTEXT);
  assert.deepEqual(doc.lang, { code: "und", confidence: 0, spans: [] });
  assert.equal(doc.messages[0]?.code, "lang/undetermined");
});

test("lang stage: the page's hint only tips a short text", () => {
  for (const hint of ["uk-UA", "bg", "ru"]) {
    assert.equal(langStage.run(docOf("Президент", undefined, hint), DEFAULT_CONTEXT).lang?.code, hint.slice(0, 2));
  }
  assert.equal(langStage.run(docOf(RU, undefined, "uk"), DEFAULT_CONTEXT).lang?.code, "ru");
});

test("text stage: a span's tokens are stemmed in the span's language", () => {
  const text = `${UK}\n\n${RU}`;
  const doc = textStage.run(langStage.run(docOf(text), DEFAULT_CONTEXT), DEFAULT_CONTEXT);
  const tokens = doc.text!.tokens;
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.surface);
  const ruWord = tokens.find((t) => t.surface === "позиций");
  assert.equal(ruWord?.stem, "позиц");
  assert.equal(doc.text!.sentences.length, 2);
});
