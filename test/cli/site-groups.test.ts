// withSiteRepetition: items come out in input order; text pages of one site (URL host, else folder) get the
// lines enough of the site's pages share; other sites, HTML pages and failures pass unchanged.

import assert from "node:assert/strict";
import { test } from "node:test";
import { SITE_PASS_MAX_PAGES, siteOf, withSiteRepetition } from "../../src/cli/site-groups.ts";
import { lineKey } from "../../src/extract/text/site-repetition.ts";
import type { RawDoc } from "../../src/model/doc.ts";
import { isReadFailure, type ReadItem, readFailure } from "../../src/read/index.ts";

const FOOTER = "Printed by the Harbour Ledger cooperative, all rights reserved.";

function doc(path: string, body: string, extra: Partial<RawDoc> = {}): RawDoc {
  return {
    input: path,
    path,
    format: "text",
    bytes: new Uint8Array(Buffer.from(`${body}\n\n${FOOTER}\n`)),
    hints: {},
    ...extra,
  };
}

async function* stream(list: ReadItem[]) {
  yield* list;
}

async function collect(list: ReadItem[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of withSiteRepetition(stream(list))) out.push(item);
  return out;
}

const SITE_CASES: { name: string; doc: RawDoc; site: string | undefined }[] = [
  { name: "URL host first", doc: doc("/a/x.txt", "x", { hints: { url: "https://News.Example.org/p/1" } }), site: "host:news.example.org" },
  { name: "else the folder", doc: doc("/a/b/x.txt", "x"), site: "dir:/a/b" },
  { name: "stdin has none", doc: { input: "-", format: "text", content: "x", hints: {} }, site: undefined },
];

for (const c of SITE_CASES) {
  test(`cli/site-groups: siteOf, ${c.name}`, () => assert.equal(siteOf(c.doc), c.site));
}

test("cli/site-groups: pages of one folder share the footer; order kept; others unchanged", async () => {
  const list: ReadItem[] = [
    doc("/s/one.txt", "The first story is about the new harbour crane."),
    readFailure("read/empty", "/s/empty.txt"),
    doc("/s/two.txt", "The second story is about the night ferry timetable."),
    doc("/other/three.txt", "A story from another site entirely, with its own words."),
    doc("/s/four.txt", "The third story is about the lighthouse keeper's retirement."),
    doc("/s/page.html", "<p>html</p>", { format: "html" }),
  ];
  const out = await collect(list);
  assert.deepEqual(
    out.map((i) => (isReadFailure(i) ? "failure" : i.input)),
    list.map((i) => (isReadFailure(i) ? "failure" : i.input)),
  );
  const repeated = (i: number) => (out[i] as RawDoc).siteRepeatedLines;
  for (const i of [0, 2, 4]) assert.deepEqual(repeated(i), [lineKey(FOOTER)]);
  assert.equal(repeated(3), undefined);
  assert.equal(repeated(5), undefined);
});

test("cli/site-groups: two pages of a site get nothing", async () => {
  const out = await collect([doc("/s/one.txt", "First story."), doc("/s/two.txt", "Second story.")]);
  for (const item of out) assert.equal((item as RawDoc).siteRepeatedLines, undefined);
});

test("cli/site-groups: past SITE_PASS_MAX_PAGES the items stream on without the evidence, in order", async () => {
  const list = Array.from({ length: SITE_PASS_MAX_PAGES + 1 }, (_, i) => doc(`/s/p${i}.txt`, `Story ${i}.`));
  const out = await collect(list);
  assert.deepEqual(
    out.map((i) => (i as RawDoc).input),
    list.map((i) => i.input),
  );
  for (const item of out) assert.equal((item as RawDoc).siteRepeatedLines, undefined);
});
