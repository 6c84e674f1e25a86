// runAnalyze: input order on the worker pool, failures in order,
// and the pool policy (`always` uses the asked-for workers past POOL_MIN_ARTICLES; `auto` also weighs time, not tested here).

import assert from "node:assert/strict";
import { test } from "node:test";
import { POOL_MIN_ARTICLES, runAnalyze } from "../../src/cli/analyze-run.ts";
import type { RawDoc } from "../../src/model/doc.ts";
import { type ReadItem, readFailure } from "../../src/read/index.ts";

function items(n: number): ReadItem[] {
  const out: ReadItem[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      input: `doc-${i}.txt`,
      path: `doc-${i}.txt`,
      format: "text",
      bytes: new Uint8Array(Buffer.from(`Новина ${i}. Уряд ухвалив рішення ${i}.`)),
      hints: {},
    } satisfies RawDoc);
    if (i % 10 === 5) out.push(readFailure("read/empty", `bad-${i}.txt`));
  }
  return out;
}

async function* stream(list: ReadItem[]) {
  yield* list;
}

async function run(list: ReadItem[], jobs: number, pool: "auto" | "always") {
  const lines: string[] = [];
  const warnings: string[] = [];
  const summary = await runAnalyze(stream(list), {
    analyze: { noExtract: false, clock: "2026-01-01T00:00:00.000Z" },
    jobs,
    pool,
    write: (line) => {
      lines.push(line);
    },
    warn: (line) => warnings.push(line),
  });
  return { lines, warnings, summary };
}

test("runAnalyze: the pool keeps input order, failures included", async () => {
  const list = items(50);
  // test/cli/analyze.test.ts compares pooled and single-thread CLI runs; here one pooled run checks the
  // interleaving of failures and the summary (workers cost seconds to load the stages, so only one run).
  const pooled = await run(list, 2, "always");
  assert.equal(pooled.summary.workers, 1, "this thread is one of the two jobs");
  assert.deepEqual(
    pooled.lines.map((l) => (JSON.parse(l) as { source: { path: string } }).source.path),
    Array.from({ length: 50 }, (_, i) => `doc-${i}.txt`),
  );
  assert.deepEqual(pooled.warnings, [
    "bad-5.txt: empty file",
    "bad-15.txt: empty file",
    "bad-25.txt: empty file",
    "bad-35.txt: empty file",
    "bad-45.txt: empty file",
  ]);
  assert.deepEqual(pooled.summary, { articles: 50, failed: 5, workers: 1 });
});

test("runAnalyze: pool policy", async () => {
  const cases: [string, number, number, "auto" | "always", number][] = [
    ["few articles stay in this thread", POOL_MIN_ARTICLES, 2, "always", 0],
    ["one job never starts workers", 40, 1, "always", 0],
  ];
  for (const [name, n, jobs, pool, workers] of cases) {
    const { summary } = await run(items(n), jobs, pool);
    assert.equal(summary.workers, workers, name);
  }
});
