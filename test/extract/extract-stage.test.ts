// The extract stage dispatches by format: --no-extract keeps the input, HTML goes through the
// cascade (with the date finder), scraped text and Markdown through extractScrapedText.

import assert from "node:assert/strict";
import { test } from "node:test";
import { extractStage } from "../../src/extract/index.ts";
import type { Doc, InputFormat } from "../../src/model/doc.ts";
import { PAGES } from "./html/fixtures.ts";

const NOW = "2026-06-01T12:00:00Z";

function decodedDoc(content: string, format: InputFormat, url?: string): Doc {
  return {
    raw: { input: `page.${format}`, format, content, hints: url ? { url } : {} },
    now: NOW,
    nowSource: "flag",
    messages: [],
    decode: { content, charset: "utf-8", charsetEvidence: "given", format },
  };
}

const EN = PAGES.find((p) => p.name === "en");
const DATED_HTML = (EN?.html ?? "").replace(
  "</head>",
  `<meta property="article:published_time" content="2026-05-12T09:30:00+03:00"></head>`,
);
const TEXT_PAGE =
  "Harbour Gazette\n\nHarbour town votes to restore its old lighthouse\n\nResidents of the harbour town voted on Tuesday to restore the old lighthouse, which has been closed since the storm of last winter. The council will spend part of its reserve fund on the work.\n\nEngineers say the tower itself is sound, but the lamp room and the iron stairs must be replaced before visitors can return to the top.\n";

const CASES: { name: string; doc: Doc; noExtract: boolean; check: (out: Doc) => void }[] = [
  {
    name: "--no-extract keeps HTML byte for byte",
    doc: decodedDoc(EN?.html ?? "", "html"),
    noExtract: true,
    check: (out) => {
      assert.equal(out.extract?.text, EN?.html);
      assert.equal(out.extract?.method, "none");
    },
  },
  {
    name: "--no-extract keeps text byte for byte",
    doc: decodedDoc(TEXT_PAGE, "text"),
    noExtract: true,
    check: (out) => assert.equal(out.extract?.text, TEXT_PAGE),
  },
  {
    name: "html goes through the cascade and gets its date",
    doc: decodedDoc(DATED_HTML, "html", "https://example.en/news/1"),
    noExtract: false,
    check: (out) => {
      assert.equal(out.extract?.method, "html:main");
      assert.equal(out.extract?.title, EN?.title);
      assert.ok(out.extract?.text.startsWith(EN?.must[0] ?? "?"));
      assert.equal(out.extract?.published?.value.slice(0, 10), "2026-05-12");
    },
  },
  {
    name: "scraped text goes through extractScrapedText",
    doc: decodedDoc(TEXT_PAGE, "text"),
    noExtract: false,
    check: (out) => {
      assert.ok(out.extract?.method.startsWith("text"), out.extract?.method);
      assert.ok(out.extract?.text.includes("voted on Tuesday to restore the old lighthouse"));
    },
  },
  {
    name: "an empty HTML page gets an empty body and extract/no-body",
    doc: decodedDoc("", "html"),
    noExtract: false,
    check: (out) => {
      assert.equal(out.extract?.text, "");
      assert.ok(out.messages.some((m) => m.code === "extract/no-body"));
    },
  },
];

for (const c of CASES) {
  test(`extract stage: ${c.name}`, () => {
    const out = extractStage.run(c.doc, { noExtract: c.noExtract });
    c.check(out);
    assert.equal(c.doc.extract, undefined, "the input doc is not modified");
  });
}
