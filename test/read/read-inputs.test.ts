// readInputs over a temporary tree: formats, gzip, directories, globs, stdin, and every kind of bad input.

import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import type { RawDoc } from "../../src/model/doc.ts";
import { isReadFailure, type ReadItem, readInputs } from "../../src/read/index.ts";

let dir: string;
const MTIME = new Date("2026-03-04T05:06:07.000Z");

before(() => {
  dir = mkdtempSync(join(tmpdir(), "crossnews-read-"));
  const files: Record<string, string | Uint8Array> = {
    "a.txt": "Перший абзац статті.\n\nДругий абзац.",
    "b.md": "# Заголовок\n\nТекст статті.",
    "c.html": "<!doctype html><html><body><p>Стаття</p></body></html>",
    "d.jsonl": `${JSON.stringify({ id: "x1", text: "Один." })}\n{bad\n${JSON.stringify({ id: "x2", html: "<p>Два</p>" })}\n`,
    "e.txt.gz": gzipSync(Buffer.from("Стиснений текст.")),
    "f.jsonl.gz": gzipSync(Buffer.from(`${JSON.stringify({ text: "Стиснений запис." })}\n`)),
    "sub/deeper/g.htm": "<html><p>Глибоко</p></html>",
    "sub/notes.ann": "T1 PER 0 5 ignored by directory walks",
    "sub/.hidden.txt": "hidden",
    "sub/README.md": "# About this folder\n\nNot an article.",
    "empty.txt": "",
    "blank.md": "  \n\n ",
    "binary.html": new Uint8Array([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, 0, 0, 0x01, 0x02, 0xff]),
    "bad.txt.gz": "this is not gzip",
    "big.txt": "x".repeat(2000),
    "bomb.txt.gz": gzipSync(Buffer.from("y".repeat(5000))),
    "unknown.dat": "<html><body><p>Сторінка без розширення</p></body></html>",
    "feed.data": `${JSON.stringify({ text: "Перший" })}\n${JSON.stringify({ text: "Другий" })}\n`,
    "empty.jsonl": "\n\n",
    "junk.data": new Uint8Array(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 32))),
    "locked.txt": "cannot read me",
    "large.jsonl": [400, 1500, 400].map((n, i) => JSON.stringify({ id: `r${i}`, text: "к".repeat(n / 2) })).join("\n"),
    "bad.jsonl.gz": "plain text, not gzip",
    "binary.jsonl": new Uint8Array([0x7b, 0, 0, 0x7d, 0x0a]),
    "nothing/notes.ann": "no readable files here",
  };
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, content);
    utimesSync(path, MTIME, MTIME);
  }
  chmodSync(join(dir, "locked.txt"), 0o000);
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(args: string[], opts: Parameters<typeof readInputs>[1] = { maxBytes: 1000 }): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(args, opts)) items.push(item);
  return items;
}

function describe(item: ReadItem): string {
  const name = item.input.replace(`${dir}/`, "");
  // JSON.parse wording differs between Node versions: only its presence is checked.
  const reason = (r: string) => r.replace(/`html` or `text` \(.+\)$/, "`html` or `text` (…)");
  return isReadFailure(item) ? `${name} ! ${item.message.code}: ${reason(item.message.reason)}` : `${name} ${item.format}`;
}

const isRoot = process.getuid?.() === 0;

test("readInputs: each file by name, in the order given", async () => {
  const names = ["a.txt", "b.md", "c.html", "d.jsonl", "e.txt.gz", "f.jsonl.gz", "unknown.dat", "feed.data"];
  const items = await collect(names.map((n) => join(dir, n)));
  assert.deepEqual(items.map(describe), [
    "a.txt text",
    "b.md markdown",
    "c.html html",
    "d.jsonl:1 text",
    "d.jsonl:2 ! read/bad-jsonl: not a JSON object with `html` or `text` (…)",
    "d.jsonl:3 html",
    "e.txt.gz text",
    "f.jsonl.gz:1 text",
    "unknown.dat html",
    "feed.data:1 text",
    "feed.data:2 text",
  ]);
  const [a] = items as RawDoc[];
  assert.equal(a.path, join(dir, "a.txt"));
  assert.equal(a.mtime, MTIME.toISOString());
  assert.equal(Buffer.from(a.bytes!).toString("utf8"), "Перший абзац статті.\n\nДругий абзац.");
  assert.equal(Buffer.from((items[6] as RawDoc).bytes!).toString("utf8"), "Стиснений текст.");
  assert.equal((items[3] as RawDoc).hints.id, "x1");
});

test("readInputs: bad inputs fail one by one, with the reason", async () => {
  const names = [
    "missing.txt",
    "empty.txt",
    "blank.md",
    "binary.html",
    "bad.txt.gz",
    "big.txt",
    "bomb.txt.gz",
    "empty.jsonl",
    "*.nothing",
    "junk.data",
  ];
  const items = await collect(names.map((n) => join(dir, n)));
  assert.deepEqual(items.map(describe), [
    "missing.txt ! read/not-found: no such file or directory",
    "empty.txt ! read/empty: empty file",
    "blank.md ! read/empty: empty file",
    "binary.html ! read/binary: not HTML and not text (binary, 11 B)",
    "bad.txt.gz ! read/bad-gzip: not a valid gzip file (incorrect header check)",
    "big.txt ! read/too-large: too large (2 KB, the limit is 1000 B; raise it with --max-bytes)",
    "bomb.txt.gz ! read/too-large: too large (more than 1000 B uncompressed, the limit is 1000 B; raise it with --max-bytes)",
    "empty.jsonl ! read/empty: empty file",
    "*.nothing ! read/no-match: the pattern matched no files",
    // Unknown extension, so sniffed: the sniffer reads it as text; decoding it fails later, in the decode stage.
    "junk.data text",
  ]);
});

test("readInputs: JSONL is streamed; the size cap applies to each record, not the file", async () => {
  const items = await collect(["large.jsonl", "bad.jsonl.gz", "binary.jsonl"].map((n) => join(dir, n)));
  assert.deepEqual(items.map(describe), [
    "large.jsonl:1 text",
    "large.jsonl:2 ! read/too-large: too large (1.5 KB, the limit is 1000 B; raise it with --max-bytes)",
    "large.jsonl:3 text",
    "bad.jsonl.gz ! read/bad-gzip: not a valid gzip file (incorrect header check)",
    "binary.jsonl ! read/binary: not HTML and not text (binary, 5 B)",
  ]);
  assert.equal((items[2] as RawDoc).hints.id, "r2");
});

test("readInputs: an unreadable file", { skip: isRoot ? "running as root: permissions do not stop reading" : undefined }, async () => {
  const items = await collect([join(dir, "locked.txt")]);
  assert.deepEqual(items.map(describe), ["locked.txt ! read/unreadable: cannot be read (permission denied)"]);
});

test("readInputs: directories are walked recursively and sorted; globs are sorted", async () => {
  const walked = await collect([join(dir, "sub"), join(dir, "nothing")]);
  assert.deepEqual(walked.map(describe), [
    "sub/deeper/g.htm html",
    "nothing ! read/empty-dir: the directory holds no files crossnews reads (.txt, .md, .html, .htm, .jsonl, and .gz of these)",
  ]);
  const globbed = await collect([join(dir, "*.{txt,md}")]);
  assert.deepEqual(globbed.map(describe), [
    "a.txt text",
    "b.md markdown",
    "big.txt ! read/too-large: too large (2 KB, the limit is 1000 B; raise it with --max-bytes)",
    "blank.md ! read/empty: empty file",
    "empty.txt ! read/empty: empty file",
    ...(isRoot ? ["locked.txt text"] : ["locked.txt ! read/unreadable: cannot be read (permission denied)"]),
  ]);
  const everything = await collect([dir], { maxBytes: 1 << 20 });
  assert.equal(everything.filter((i) => !isReadFailure(i)).length, 13 + (isRoot ? 1 : 0));
  assert.ok(everything.every((i) => !i.input.includes(".hidden") && !i.input.endsWith(".ann") && !i.input.endsWith(".dat")));
  assert.ok(
    everything.every((i) => !i.input.endsWith("README.md")),
    "a walk skips the folder's README",
  );
  const named = await collect([join(dir, "sub", "README.md")]);
  assert.deepEqual(named.map(describe), ["sub/README.md markdown"], "a README named on the command line is read");
});

test("readInputs: `-` reads stdin once and sniffs its format", async () => {
  const cases: [string, string[]][] = [
    ["<html><body><p>Стаття</p></body></html>", ["- html"]],
    [`${JSON.stringify({ text: "Один" })}\n${JSON.stringify({ text: "Два" })}\n`, ["-:1 text", "-:2 text"]],
    ["Просто текст.", ["- text"]],
    ["", ["- ! read/empty: empty file"]],
  ];
  for (const [input, expected] of cases) {
    async function* stdin() {
      yield Buffer.from(input, "utf8");
    }
    const items = await collect(["-", "-"], { maxBytes: 1000, stdin: stdin() });
    assert.deepEqual(items.map(describe), expected, input);
    for (const item of items) if (!isReadFailure(item)) assert.deepEqual([item.mtime, item.path], [undefined, undefined]);
  }
  async function* huge() {
    for (let i = 0; i < 10; i++) yield Buffer.alloc(200, 0x61);
  }
  const items = await collect(["-"], { maxBytes: 1000, stdin: huge() });
  assert.deepEqual(items.map(describe), [
    "- ! read/too-large: too large (more than 1000 B, the limit is 1000 B; raise it with --max-bytes)",
  ]);
});
