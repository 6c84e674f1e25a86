// JSON Lines records: bodies, hints, ids, and bad lines that fail only themselves.

import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import type { RawDoc } from "../../src/model/doc.ts";
import { parseJsonl } from "../../src/read/jsonl.ts";
import { isReadFailure } from "../../src/read/read-failure.ts";

test("jsonl: records become RawDocs with hints; bad lines become failures named path:LINE", () => {
  const lines = [
    JSON.stringify({
      id: "a-1",
      url: "https://news.example/a",
      html: "<p>Перша</p>",
      title: "Перша",
      published: "2026-06-01",
      source: "News",
      lang: "uk",
    }),
    "",
    JSON.stringify({ id: 7, text: "Друга новина.", content_type: "text/plain; charset=koi8-u" }),
    "not json at all",
    JSON.stringify(["an", "array"]),
    JSON.stringify({ url: "https://news.example/c" }),
    JSON.stringify({ text: "   " }),
    JSON.stringify({ text: 42 }),
    JSON.stringify({ text: "# Заголовок", format: "markdown", source: { url: "https://s.example/x", name: "S" } }),
    JSON.stringify({ html_base64: iconv.encode("<p>Привет</p>", "koi8-r").toString("base64"), charset: "koi8-r" }),
  ];
  const items = [...parseJsonl(`${lines.join("\r\n")}\n`, { name: "feed.jsonl", path: "feed.jsonl", mtime: "2026-01-01T00:00:00.000Z" })];
  const summary = items.map((item) => (isReadFailure(item) ? `${item.input} ${item.message.code}` : `${item.input} ${item.format}`));
  assert.deepEqual(summary, [
    "feed.jsonl:1 html",
    "feed.jsonl:3 text",
    "feed.jsonl:4 read/bad-jsonl",
    "feed.jsonl:5 read/bad-jsonl",
    "feed.jsonl:6 read/bad-jsonl",
    "feed.jsonl:7 read/empty-record",
    "feed.jsonl:8 read/bad-jsonl",
    "feed.jsonl:9 markdown",
    "feed.jsonl:10 html",
  ]);
  const [first, second] = items as RawDoc[];
  assert.deepEqual(first.hints, {
    id: "a-1",
    url: "https://news.example/a",
    title: "Перша",
    published: "2026-06-01",
    site: "News",
    lang: "uk",
  });
  assert.equal(first.content, "<p>Перша</p>");
  assert.equal(first.path, "feed.jsonl");
  assert.equal(first.mtime, "2026-01-01T00:00:00.000Z");
  assert.deepEqual(second.hints, { id: "7", charset: "koi8-u" });
  assert.deepEqual((items[7] as RawDoc).hints, { url: "https://s.example/x", site: "S" });
  const b64 = items[8] as RawDoc;
  assert.equal(b64.content, undefined);
  assert.equal(iconv.decode(Buffer.from(b64.bytes!), "koi8-r"), "<p>Привет</p>");
  assert.equal(b64.hints.charset, "koi8-r");
});
