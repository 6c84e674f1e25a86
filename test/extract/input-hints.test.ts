import assert from "node:assert/strict";
import { test } from "node:test";
import { applyInputHints } from "../../src/extract/input-hints.ts";
import type { ExtractLayer, InputHints } from "../../src/model/doc.ts";

const now = "2026-03-20T12:00:00Z";
const base: ExtractLayer = { text: "Тіло статті.", published: null, method: "text:lines" };

const cases: { name: string; layer: ExtractLayer; hints: InputHints; title?: string; published?: string | null; evidence?: string }[] = [
  {
    name: "a feed's title and date fill a page that states none",
    layer: base,
    hints: { title: " Заголовок із стрічки ", published: "2026-03-18T09:30:00+02:00" },
    title: "Заголовок із стрічки",
    published: "2026-03-18T09:30+02:00",
    evidence: "input:published",
  },
  {
    name: "a feed's date beats a date guessed from the URL",
    layer: { ...base, published: { value: "2026-03-17", precision: "day", evidence: "url" } },
    hints: { published: "2026-03-18" },
    published: "2026-03-18",
    evidence: "input:published",
  },
  {
    name: "JSON-LD on the page beats the feed's date",
    layer: { ...base, title: "Page title", published: { value: "2026-03-16T08:00", precision: "minute", evidence: "json-ld" } },
    hints: { title: "Feed title", published: "2026-03-18" },
    title: "Page title",
    published: "2026-03-16T08:00",
    evidence: "json-ld",
  },
  {
    name: "an unreadable feed date is ignored",
    layer: base,
    hints: { published: "someday" },
    published: null,
  },
  {
    name: "a future feed date is refused",
    layer: base,
    hints: { published: "2027-01-01" },
    published: null,
  },
];

test("extract_input_hints_fill_and_rank_metadata", () => {
  for (const c of cases) {
    const out = applyInputHints(c.layer, c.hints, now);
    assert.equal(out.title, c.title, c.name);
    assert.equal(out.published?.value ?? null, c.published ?? null, c.name);
    if (c.evidence) assert.equal(out.published?.evidence, c.evidence, c.name);
    assert.equal(out.text, c.layer.text, c.name);
  }
});
