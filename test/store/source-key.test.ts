// sourceKeyOf: id, else URL, else a single-article path; nothing for stdin and bare JSONL records.

import assert from "node:assert/strict";
import { test } from "node:test";
import { sourceKeyOf } from "../../src/store/source-key.ts";

const CASES: { name: string; source: Parameters<typeof sourceKeyOf>[0]; want: string | null }[] = [
  { name: "the input's id wins", source: { id: "a-1", url: "https://x.example/1", path: "feed.jsonl" }, want: "id:a-1" },
  { name: "then the URL", source: { url: "https://x.example/1", path: "/data/page.html" }, want: "url:https://x.example/1" },
  { name: "then the file path", source: { path: "/data/page.html", site: "X" }, want: "path:/data/page.html" },
  { name: "a JSONL file names no single source", source: { path: "/data/feed.jsonl" }, want: null },
  { name: "nor a gzipped NDJSON file", source: { path: "/data/feed.NDJSON.gz" }, want: null },
  { name: "stdin has no source", source: { path: "-" }, want: null },
  { name: "an empty source has none", source: {}, want: null },
];

for (const c of CASES) test(`sourceKeyOf: ${c.name}`, () => assert.equal(sourceKeyOf(c.source), c.want));
