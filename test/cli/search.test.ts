// search CLI: cross-script queries over an ingested store, filters, both formats, and its errors.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { ingest } from "../../src/cli/ingest.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.ts");
const root = mkdtempSync(join(tmpdir(), "crossnews-search-"));
const db = join(root, "search.db");
after(() => rmSync(root, { recursive: true, force: true }));

const PAGES: Record<string, string> = {
  "uk-talks.txt": "Зеленський і Путін не зустрічалися.\n\nПро це сказав речник у Львові.",
  "ru-talks.txt": "Путин провёл совещание в Москве.\n\nПодробности не сообщаются.",
  "en-talks.txt": "Putin met his advisers in Moscow.\n\nNo details were given.",
  "en-weather.txt": "Rain is expected in Lviv on the weekend.",
};

before(async () => {
  mkdirSync(join(root, "in"));
  for (const [name, text] of Object.entries(PAGES)) writeFileSync(join(root, "in", name), text);
  const store = SqliteStore.open(db);
  await ingest({
    inputs: [join(root, "in")],
    store,
    batchSize: 2,
    jobs: 1,
    maxBytes: 1 << 20,
    analyze: { noExtract: true, clock: "2026-03-01T00:00:00Z" },
    stderr: { write: () => true },
  });
  await store.close();
});

function search(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", MAIN, "search", ...args], { encoding: "utf8" });
}

function files(stdout: string): string[] {
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { source: { path: string } }).source.path.split("/").at(-1) ?? "")
    .sort();
}

const TALKS = ["en-talks.txt", "ru-talks.txt", "uk-talks.txt"];

/** Queries run in-process against the ingested store (the CLI cases below spawn the command itself). */
const QUERIES: { name: string; text: string; want: string[] }[] = [
  { name: "Путін finds all three spellings", text: "Путін", want: TALKS },
  { name: "Путин finds the same articles", text: "Путин", want: TALKS },
  { name: "Lviv finds the inflected Львові", text: "Lviv", want: ["en-weather.txt", "uk-talks.txt"] },
  { name: "every query word must match", text: "Lviv rain", want: ["en-weather.txt"] },
];

for (const q of QUERIES) {
  test(`search: ${q.name}`, async () => {
    const store = SqliteStore.open(db, { create: false });
    try {
      const hits = await store.search({ text: q.text });
      assert.deepEqual(hits.map((h) => h.source.path?.split("/").at(-1)).sort(), q.want);
    } finally {
      await store.close();
    }
  });
}

const CASES: { name: string; args: string[]; status: number; check(stdout: string, stderr: string): void }[] = [
  {
    name: "Putin as jsonl finds the Cyrillic spellings too",
    args: ["Putin", "--format", "jsonl"],
    status: 0,
    check: (out) => assert.deepEqual(files(out), TALKS),
  },
  {
    name: "table format has a header and one row per hit",
    args: ["Путин", "--limit", "2", "--db", db],
    status: 0,
    check: (out) => {
      const lines = out.trim().split("\n");
      assert.match(lines[0], /^score\s+published\s+lang\s+title\s+source\s+id$/);
      assert.equal(lines.length, 5, "header, then each hit and its excerpt");
      assert.match(lines[2], /^ {7}(?=\S).*Путин/);
    },
  },
  {
    name: "a bad --from is a usage error",
    args: ["Putin", "--from", "yesterday"],
    status: 2,
    check: (_, err) => assert.match(err, /--from must be a date/),
  },
  {
    name: "a missing database is one clear line and exit 1",
    args: ["Putin", "--db", join(root, "absent.db")],
    status: 1,
    check: (_, err) => assert.match(err, /absent\.db: no database here/),
  },
];

for (const c of CASES) {
  test(`search CLI: ${c.name}`, () => {
    const args = c.args.includes("--db") ? c.args : [...c.args, "--db", db];
    const result = search(...args);
    assert.equal(result.status, c.status, result.stderr);
    c.check(result.stdout, result.stderr);
  });
}
