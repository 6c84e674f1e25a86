// ingest: batches into the store, re-ingesting is a no-op, changed pages become versions,
// failed inputs get one stderr line each and do not stop the run.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, test } from "node:test";
import { storedCorpusNames } from "../../src/cli/corpus-evidence.ts";
import { type IngestSummary, ingest, summaryLine } from "../../src/cli/ingest.ts";
import { corpusKey, corpusType } from "../../src/entities/recognize/corpus-names.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { makeArticle } from "../store/fixtures.ts";
import { generatedArticle, writeGeneratedArticles } from "./ingest-fixtures.ts";

const root = mkdtempSync(join(tmpdir(), "crossnews-ingest-"));
after(() => rmSync(root, { recursive: true, force: true }));
const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.ts");
let n = 0;

function capture() {
  const lines: string[] = [];
  return { lines, stream: { isTTY: false, write: (s: string) => lines.push(...s.split("\n").filter(Boolean)) } };
}

async function run(inputs: string[], db: string, batchSize = 7, reanalyze = false): Promise<{ summary: IngestSummary; stderr: string[] }> {
  const store = SqliteStore.open(db);
  const err = capture();
  try {
    const summary = await ingest({
      inputs,
      store,
      batchSize,
      jobs: 1,
      reanalyze,
      maxBytes: 1 << 20,
      analyze: { noExtract: false, clock: "2026-03-01T00:00:00Z" },
      stderr: err.stream,
    });
    return { summary, stderr: err.lines };
  } finally {
    await store.close();
  }
}

async function counts(db: string) {
  const store = SqliteStore.open(db);
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

const CASES: { name: string; run(dir: string): Promise<void> }[] = [
  {
    name: "ingest: the same inputs twice are stored once; the second run is all unchanged",
    async run(dir) {
      writeGeneratedArticles(join(dir, "in"), 30);
      const db = join(dir, "twice.db");
      const first = await run([join(dir, "in")], db);
      assert.deepEqual([first.summary.new, first.summary.unchanged, first.summary.failed], [30, 0, 0]);
      const second = await run([join(dir, "in")], db);
      assert.deepEqual([second.summary.new, second.summary.unchanged, second.summary.newVersions, second.summary.failed], [0, 30, 0, 0]);
      const c = await counts(db);
      assert.deepEqual([c.articles, c.versions, c.sources], [30, 30, 30]);
      const third = await run([join(dir, "in")], db, 7, true);
      assert.deepEqual([third.summary.new, third.summary.unchanged, third.summary.reanalyzed], [0, 0, 30]);
      assert.deepEqual(await counts(db), c, "reanalyzing the same analysis changes nothing");
    },
  },
  {
    name: "ingest: the store's confident names are read as corpus evidence, an article's names once",
    async run(dir) {
      const store = SqliteStore.open(join(dir, "evidence.db"));
      try {
        const articles = [1, 2, 3, 4].map((i) => {
          const text = `Report ${i}: Islamabad was calm, and Islamabad said so.`;
          const at = text.indexOf("Islamabad");
          const entity = { surface: "Islamabad", lemma: "Islamabad", type: "LOC" as const, id: "k:slmbd", name: "Islamabad", link: "key" };
          const second = text.indexOf("Islamabad", at + 1);
          return makeArticle({
            text,
            lang: "en",
            entities: [
              { ...entity, start: at, end: at + 9, score: 0.97 },
              { ...entity, start: second, end: second + 9, score: 0.99 },
            ],
          });
        });
        await store.putBatch(articles.slice(0, 2));
        assert.equal(corpusType(await storedCorpusNames(store), "Islamabad", "en"), undefined, "two articles are not enough");
        await store.putBatch(articles.slice(2));
        const names = await storedCorpusNames(store);
        assert.equal(corpusType(names, "Islámábád", "cs"), "LOC");
        assert.equal(names.get(corpusKey("Islamabad", "en") ?? "")?.[2], 4, "four articles, not eight mentions");
      } finally {
        await store.close();
      }
    },
  },
  {
    name: "ingest: a new store reads its inputs twice, the first time for the names they attest",
    async run(dir) {
      // The Polish sample's "Prezydent Mołdawii Maia Sandu" reads as one place to the model alone; the
      // other samples attest Maia Sandu as a person, which the first reading gathers for the second.
      const samples = join(import.meta.dirname, "..", "..", "samples");
      const store = SqliteStore.open(join(dir, "fresh.db"));
      try {
        const summary = await ingest({
          inputs: [samples],
          store,
          batchSize: 10,
          jobs: 1,
          maxBytes: 1 << 20,
          analyze: { noExtract: false, clock: "2026-03-01T00:00:00Z", now: "2026-03-20T00:00:00Z" },
          stderr: capture().stream,
        });
        assert.equal(summary.new, 18);
        const names = (await store.entities()).map((e) => e.name);
        assert.ok(names.includes("Maia Sandu"), names.join(", "));
        assert.ok(!names.some((n) => n.includes("Mołdawia")), names.join(", "));
      } finally {
        await store.close();
      }
    },
  },
  {
    name: "ingest: a page whose text changed is a new version of the same source",
    async run(dir) {
      const page = join(dir, "page.txt");
      const db = join(dir, "versions.db");
      writeFileSync(page, generatedArticle(1));
      assert.equal((await run([page], db)).summary.new, 1);
      writeFileSync(page, `${generatedArticle(1)}\nA correction was appended later.\n`);
      const second = await run([page], db);
      assert.deepEqual([second.summary.new, second.summary.newVersions], [0, 1]);
      const c = await counts(db);
      assert.deepEqual([c.articles, c.versions, c.sources], [1, 2, 1]);
    },
  },
  {
    name: "ingest: a relative and an absolute path to one file are one source; JSONL records without id or url are no source",
    async run(dir) {
      const page = join(dir, "rel.txt");
      const db = join(dir, "paths.db");
      writeFileSync(page, generatedArticle(2));
      await run([page], db);
      writeFileSync(page, generatedArticle(3));
      const again = await run([relative(process.cwd(), page)], db);
      assert.deepEqual([again.summary.new, again.summary.newVersions], [0, 1]);
      const feed = join(dir, "feed.jsonl");
      writeFileSync(
        feed,
        `${JSON.stringify({ text: "First record of a feed." })}\n${JSON.stringify({ text: "Second record of a feed." })}\n`,
      );
      const records = await run([feed], db);
      assert.deepEqual([records.summary.new, records.summary.newVersions], [2, 0]);
      const c = await counts(db);
      assert.deepEqual([c.articles, c.versions, c.sources], [3, 4, 1]);
    },
  },
  {
    name: "ingest: failed inputs get one stderr line naming the file and the reason; the rest is stored",
    async run(dir) {
      const good = writeGeneratedArticles(join(dir, "mixed"), 3);
      const empty = join(dir, "mixed", "empty.txt");
      const binary = join(dir, "mixed", "binary.txt");
      writeFileSync(empty, "");
      writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
      const missing = join(dir, "nope.txt");
      const { summary, stderr } = await run([...good, empty, binary, missing], join(dir, "mixed.db"));
      assert.deepEqual([summary.new, summary.failed], [3, 3]);
      assert.equal(stderr.length, 3);
      assert.match(stderr[0], /empty\.txt: empty file$/);
      assert.match(stderr[1], /binary\.txt: not HTML and not text/);
      assert.match(stderr[2], /nope\.txt: no such file or directory$/);
    },
  },
  {
    name: "ingest: the progress bar counts one per file and one per JSONL record",
    async run(dir) {
      const files = writeGeneratedArticles(join(dir, "progress"), 2);
      const feed = join(dir, "progress", "feed.jsonl");
      writeFileSync(feed, ["a", "b", "c"].map((x) => JSON.stringify({ id: x, text: `Record ${x} of the feed.` })).join("\n"));
      const store = SqliteStore.open(join(dir, "progress.db"));
      const err = capture();
      try {
        const options = { noExtract: true, clock: "2026-03-01T00:00:00Z" };
        await ingest({
          inputs: [...files, feed],
          store,
          batchSize: 2,
          jobs: 1,
          maxBytes: 1 << 20,
          analyze: options,
          stderr: err.stream,
          forceProgress: true,
        });
      } finally {
        await store.close();
      }
      const drawn = err.lines
        .join("")
        .split("\r")
        .filter((l) => l.startsWith("ingest ["));
      assert.ok(drawn.length > 0);
      assert.ok(
        drawn.every((l) => / \d\/5 /.test(l)),
        drawn.join(" | "),
      );
    },
  },
  {
    name: "ingest: the summary line names new, unchanged, versions, failed, elapsed and rate",
    async run() {
      const line = summaryLine({ new: 3, unchanged: 2, newVersions: 1, reanalyzed: 0, failed: 1, seconds: 2, articlesPerSecond: 3 });
      assert.equal(line, "ingest: 3 new, 2 unchanged, 1 new version, 1 failed; 2.0 s, 3.0 articles/s");
      const again = summaryLine({ new: 0, unchanged: 0, newVersions: 0, reanalyzed: 4, failed: 0, seconds: 1, articlesPerSecond: 4 });
      assert.equal(again, "ingest: 0 new, 0 unchanged, 4 reanalyzed, 0 failed; 1.0 s, 4.0 articles/s");
    },
  },
  {
    name: "ingest CLI: exit 1 when an input failed, 2 on a usage error, summary on stderr, nothing on stdout",
    async run(dir) {
      const good = writeGeneratedArticles(join(dir, "cli"), 2);
      const db = join(dir, "cli.db");
      const some = spawnSync(process.execPath, ["--import", "tsx", MAIN, "ingest", "--db", db, ...good, join(dir, "missing.txt")], {
        encoding: "utf8",
      });
      assert.equal(some.status, 1, some.stderr);
      assert.equal(some.stdout, "");
      assert.match(some.stderr, /missing\.txt: no such file or directory\n/);
      assert.match(some.stderr, /ingest: 2 new, 0 unchanged, 1 failed; /);
      const usage = spawnSync(process.execPath, ["--import", "tsx", MAIN, "ingest", "--batch", "0", "--db", db, ...good], {
        encoding: "utf8",
      });
      assert.equal(usage.status, 2);
      assert.match(usage.stderr, /--batch must be a whole number/);
    },
  },
];

for (const c of CASES) {
  test(c.name, async () => {
    const dir = join(root, `case-${n++}`);
    mkdirSync(dir, { recursive: true });
    await c.run(dir);
  });
}
