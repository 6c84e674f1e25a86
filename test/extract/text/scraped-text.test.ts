// extractScrapedText on invented pages: body bounds, boilerplate left out, metadata from the header.

import assert from "node:assert/strict";
import { test } from "node:test";
import { extractScrapedText } from "../../../src/extract/text/index.ts";
import { FIXTURES } from "./fixtures.ts";

for (const f of FIXTURES) {
  test(`extract/text scraped: ${f.name}`, () => {
    const r = extractScrapedText(f.page, { input: "fixture.txt", now: f.now, format: f.format });
    assert.ok(r.text.startsWith(f.first), `starts: ${r.text.slice(0, 80)}`);
    assert.ok(r.text.endsWith(f.last), `ends: ${r.text.slice(-80)}`);
    for (const bad of f.absent) assert.ok(!r.text.includes(bad), `leaked: ${bad}`);
    assert.equal(r.title ?? null, f.title);
    assert.deepEqual(r.author ?? null, f.author);
    assert.equal(r.site ?? null, f.site);
    assert.equal(r.published?.value ?? null, f.published);
    assert.ok(!/\n\n\n/.test(r.text), "paragraphs are separated by one blank line");
  });
}

test("extract/text scraped: the title is not repeated in the body", () => {
  const f = FIXTURES.find((x) => x.name.startsWith("ru text"))!;
  const r = extractScrapedText(f.page, { input: "fixture.txt", now: f.now, format: "text" });
  assert.ok(r.title && !r.text.includes(r.title));
});

test("extract/text scraped: a page with no article text gives an empty body and a message", () => {
  const r = extractScrapedText("Home\n\nNews\n\nSport\n\n[Contacts](#)", {
    input: "menu.txt",
    now: "2026-01-01T00:00:00Z",
    format: "text",
  });
  assert.equal(r.text, "");
  assert.equal(r.messages[0]?.code, "extract/no-body");
});

test("extract/text scraped: a quote split over two lines is one paragraph", () => {
  const f = FIXTURES.find((x) => x.name.startsWith("en text"))!;
  const r = extractScrapedText(f.page, { input: "fixture.txt", now: f.now, format: "text" });
  assert.ok(r.text.includes("where we can work, – said Maria Lopez"));
});

test("extract/text scraped: a megabyte on one line and binary-looking junk give defined answers", () => {
  const line = extractScrapedText(`${"слово ".repeat(200_000)}кінець.`, { input: "long.txt", now: "2026-01-01T00:00:00Z", format: "text" });
  assert.ok(line.text.endsWith("кінець."));
  const junk = extractScrapedText("\u0000\u0001%PDF-1.7\n\u00ff\u00fe\n####\n", {
    input: "junk.txt",
    now: "2026-01-01T00:00:00Z",
    format: "text",
  });
  assert.equal(junk.text, "");
  assert.equal(junk.messages[0]?.code, "extract/no-body");
});

test("extract/text scraped: a site name after ' | ' in the title line", () => {
  const page =
    "# Night ferry returns to the island | Harbour News\n\nThe night ferry to the island returns on Monday after a winter break, the operator said in a statement.\n";
  const r = extractScrapedText(page, { input: "t.md", now: "2026-01-01T00:00:00Z", format: "markdown" });
  assert.equal(r.title, "Night ferry returns to the island");
  assert.equal(r.site, "Harbour News");
});
