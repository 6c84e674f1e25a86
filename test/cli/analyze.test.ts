// `crossnews analyze` end to end: exit codes 0/1/2, stderr lines naming input and reason, input order and
// byte-identical output (also across the worker pool), --no-extract offsets, --now, stdin. Most cases run the
// command in this process (the pipeline loads once); the exit code and stdin are also checked in child processes.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { analyzeCommand } from "../../src/cli/analyze.ts";
import type { Article } from "../../src/model/article.ts";
import { articleProblems } from "../../src/model/validate.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { makeArticle } from "../store/fixtures.ts";

const BIN = fileURLToPath(new URL("../../bin/crossnews.js", import.meta.url));
const MTIME = new Date("2026-05-06T07:08:09.000Z");
let dir: string;

function crossnews(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: "utf8", maxBuffer: 1 << 26 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run the command in this process with paths relative to the fixture directory. */
async function analyze(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: {
      write: (chunk: string) => {
        stdout += chunk;
        return true;
      },
      once: () => undefined,
    },
    stderr: {
      write: (chunk: string) => {
        stderr += chunk;
      },
    },
    stdin: (async function* () {})(),
    env,
  };
  const code = await analyzeCommand(
    args.map((a) => (a.startsWith("-") || /^\d/.test(a) ? a : join(dir, a))),
    io,
  );
  const strip = (text: string) => text.split(`${dir}/`).join("");
  return { code, stdout: strip(stdout), stderr: strip(stderr) };
}

function articles(stdout: string): Article[] {
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Article);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "crossnews-analyze-"));
  const files: Record<string, string | Uint8Array> = {
    "one.txt": "Рада ухвалила бюджет на наступний рік.\n\nДепутати підтримали зміни.\n",
    "two.md": "# Новини\n\nУряд оголосив нові заходи.",
    "three.html": "<!doctype html><html><head><meta charset=koi8-r><title>Т</title></head><body><p>x</p></body></html>",
    "koi8u.txt": iconv.encode("Київ і Львів підписали угоду про співпрацю в галузі освіти, повідомили мерії міст.", "koi8-u"),
    "feed.jsonl": `${JSON.stringify({ id: "r-1", url: "https://news.example/1", text: "Перший запис." })}\n[1]\n`,
    "empty.txt": "",
    "binary.html": new Uint8Array([0x3c, 0x70, 0x3e, 0, 0, 0, 0x01]),
    "junk.data": new Uint8Array(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 32))),
  };
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    utimesSync(join(dir, name), MTIME, MTIME);
  }
  mkdirSync(join(dir, "many"));
  for (let i = 0; i < 40; i++) {
    const path = join(dir, "many", `n${String(i).padStart(2, "0")}.txt`);
    writeFileSync(path, `Стаття номер ${i}. Міністр зустрівся з послом ${i} разів.\n`);
    utimesSync(path, MTIME, MTIME);
  }
  // Failures among pooled articles must keep their place too.
  writeFileSync(join(dir, "many", "n20-empty.txt"), "");
  writeFileSync(join(dir, "many", "n33-binary.txt"), new Uint8Array([0, 1, 2, 3]));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("analyze: every input processed → exit 0, one valid schema-1 line per article, in input order", async () => {
  const { code, stdout, stderr } = await analyze(["one.txt", "two.md", "three.html", "koi8u.txt"]);
  assert.equal(stderr, "");
  assert.equal(code, 0);
  const out = articles(stdout);
  assert.deepEqual(
    out.map((a) => a.source.path),
    ["one.txt", "two.md", "three.html", "koi8u.txt"],
  );
  for (const article of out) assert.deepEqual(articleProblems(article), [], article.source.path);
  assert.deepEqual(out[0].now, { value: MTIME.toISOString(), source: "mtime" });
  assert.ok(out[3].text.includes("Київ і Львів"), "KOI8-U decoded");
  assert.equal(out[3].extract?.charset, "koi8-u");
});

test("analyze (child process): some inputs fail → exit 1, the others still printed; `-` reads stdin in its place", () => {
  // One process for both (each start loads every stage): stdin JSONL sits between files, in input order.
  const jsonl = `${JSON.stringify({ id: "s1", text: "Перша." })}\n${JSON.stringify({ id: "s2", html: "<p>Друга.</p>" })}\n`;
  const { code, stdout, stderr } = crossnews(
    ["analyze", "one.txt", "missing.txt", "empty.txt", "binary.html", "junk.data", "feed.jsonl", "-", "two.md"],
    jsonl,
  );
  assert.equal(code, 1);
  const out = articles(stdout);
  assert.deepEqual(
    out.map((a) => [a.source.path, a.source.id]),
    [
      ["one.txt", undefined],
      ["feed.jsonl", "r-1"],
      [undefined, "s1"],
      [undefined, "s2"],
      ["two.md", undefined],
    ],
  );
  assert.deepEqual(
    out.map((a) => a.now.source),
    ["mtime", "mtime", "clock", "clock", "mtime"],
  );
  const lines = stderr.trimEnd().split("\n");
  assert.deepEqual(
    lines.map((l) => l.replace(/\(.*\)$/, "(…)")),
    [
      "missing.txt: no such file or directory",
      "empty.txt: empty file",
      "binary.html: not HTML and not text (…)",
      "junk.data: cannot be decoded as text (…)",
      "feed.jsonl:2: not a JSON object with `html` or `text` (…)",
    ],
  );
  const empty = crossnews(["analyze", "-"], "");
  assert.equal(empty.code, 1);
  assert.equal(empty.stderr, "-: empty file\n");
});

test("analyze: usage errors → exit 2 with the usage line", async () => {
  const cases: [string, string[], RegExp][] = [
    ["no paths", [], /give at least one PATH/],
    ["unknown flag", ["--frobnicate", "one.txt"], /frobnicate/],
    ["bad --now", ["--now", "tomorrow", "one.txt"], /--now must be an ISO 8601/],
    ["bad --jobs", ["--jobs", "0", "one.txt"], /--jobs must be/],
    ["bad --max-bytes", ["--max-bytes", "lots", "one.txt"], /--max-bytes must be/],
  ];
  for (const [name, args, message] of cases) {
    const { code, stdout, stderr } = await analyze(args);
    assert.equal(code, 2, name);
    assert.equal(stdout, "", name);
    assert.match(stderr, message, name);
    assert.match(stderr, /usage: crossnews analyze/, name);
  }
  const fromEnv = await analyze(["one.txt"], { CROSSNEWS_NOW: "now-ish" });
  assert.equal(fromEnv.code, 2);
  assert.match(fromEnv.stderr, /CROSSNEWS_NOW must be/);
  const help = await analyze(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--no-extract/);
});

test("analyze: same input and flags → byte-identical output, with and without worker threads", async () => {
  // Two runs that share nothing (one on two worker threads, one in the main thread) must agree byte for byte.
  const pooled = await analyze(["--jobs", "2", "many"]);
  const single = await analyze(["many"], { CROSSNEWS_JOBS: "1" });
  assert.equal(pooled.code, 1, pooled.stderr);
  assert.equal(pooled.stderr, "many/n20-empty.txt: empty file\nmany/n33-binary.txt: not HTML and not text (binary, 4 B)\n");
  assert.equal(single.stderr, pooled.stderr);
  assert.equal(articles(pooled.stdout).length, 40);
  assert.deepEqual(
    articles(pooled.stdout).map((a) => a.source.path),
    Array.from({ length: 40 }, (_, i) => join("many", `n${String(i).padStart(2, "0")}.txt`)),
  );
  assert.equal(single.stdout, pooled.stdout);
});

test("analyze: --no-extract keeps the input as the text, so offsets index into the file; --now is recorded", async () => {
  const { code, stdout } = await analyze(["--no-extract", "--now", "2026-06-27T12:00:00Z", "one.txt", "three.html"]);
  assert.equal(code, 0);
  const [one, three] = articles(stdout);
  assert.equal(one.text, readFileSync(join(dir, "one.txt"), "utf8"));
  // Declared koi8-r but written in UTF-8: the bytes win, and the text is the file as written.
  assert.equal(three.text, readFileSync(join(dir, "three.html"), "utf8"));
  assert.deepEqual(one.now, { value: "2026-06-27T12:00:00Z", source: "flag" });
  for (const article of [one, three]) {
    assert.equal(article.extract?.method, "none");
    for (const e of article.entities ?? []) assert.equal(article.text.slice(e.start, e.end), e.surface);
  }
});

test("analyze: --evidence reads a store's names as corpus evidence; a missing store is a clear failure", async () => {
  const db = join(dir, "evidence.db");
  const store = SqliteStore.open(db);
  const articlesWithName = [1, 2, 3, 4, 5].map((i) => {
    const text = `Report ${i}: Harbour Watch spoke for the port.`;
    const start = text.indexOf("Harbour Watch");
    const entity = { surface: "Harbour Watch", lemma: "Harbour Watch", type: "ORG" as const, id: "k:hrbr", name: "Harbour Watch" };
    return makeArticle({ text, lang: "en", entities: [{ ...entity, start, end: start + 13, link: "key", score: 0.99 }] });
  });
  await store.putBatch(articlesWithName);
  await store.close();
  writeFileSync(join(dir, "harbour.txt"), "Yesterday Harbour Watch said the port was closed.\n");
  const { code, stdout } = await analyze(["--no-extract", "--evidence", "evidence.db", "harbour.txt"]);
  assert.equal(code, 0);
  const [article] = articles(stdout);
  assert.deepEqual(
    (article?.entities ?? []).map((e) => [e.surface, e.type]),
    [["Harbour Watch", "ORG"]],
  );
  const missing = await analyze(["--evidence", "none.db", "harbour.txt"]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /--evidence .*none\.db: no database there/);
  assert.equal(missing.stdout, "");
});
