// A killed ingest (kill -9 mid-run) leaves the database consistent: the integrity check passes, only
// whole batches were committed, a re-run completes the work and nothing is duplicated.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { writeGeneratedArticles } from "./ingest-fixtures.ts";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.ts");
const ARTICLES = 200;
const BATCH = 8;
/** Kill once this many batches are committed: far from the end, so the kill lands mid-run. */
const KILL_AFTER_BATCHES = 3;
const POLL_MS = 5;
const TIMEOUT_MS = 60_000;

const root = mkdtempSync(join(tmpdir(), "crossnews-kill-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** Committed articles as another reader sees them; 0 while the database or its tables do not exist yet. */
function committed(db: string): number {
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (reader.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      reader.close();
    }
  } catch {
    return 0;
  }
}

test("ingest kill -9: integrity holds, only whole batches are stored, a re-run completes without duplicates", async () => {
  const inputs = join(root, "in");
  writeGeneratedArticles(inputs, ARTICLES, 2);
  const db = join(root, "kill.db");
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, "ingest", "--jobs", "1", "--db", db, "--batch", String(BATCH), inputs], {
    stdio: "ignore",
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  let finished = false;
  void exited.then(() => {
    finished = true;
  });
  const deadline = Date.now() + TIMEOUT_MS;
  while (!finished && committed(db) < BATCH * KILL_AFTER_BATCHES && Date.now() < deadline) await sleep(POLL_MS);
  child.kill("SIGKILL");
  const { signal } = await exited;
  assert.equal(signal, "SIGKILL", "the ingest finished before it could be killed: the test proves nothing (make ARTICLES larger)");

  const afterKill = SqliteStore.open(db);
  assert.equal(afterKill.integrityCheck(), "ok");
  assert.deepEqual(afterKill.db.pragma("foreign_key_check"), []);
  const partial = await afterKill.counts();
  await afterKill.close();
  assert.ok(partial.articles >= BATCH * KILL_AFTER_BATCHES && partial.articles < ARTICLES, `killed mid-run (${partial.articles} stored)`);
  assert.equal(partial.articles % BATCH, 0, "only whole batches are committed");
  assert.deepEqual([partial.versions, partial.sources], [partial.articles, partial.articles]);

  const rerun = spawnSync(
    process.execPath,
    ["--import", "tsx", MAIN, "ingest", "--jobs", "1", "--db", db, "--batch", String(BATCH), inputs],
    {
      encoding: "utf8",
    },
  );
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`ingest: ${ARTICLES - partial.articles} new, ${partial.articles} unchanged, 0 failed`));

  const done = SqliteStore.open(db);
  try {
    assert.equal(done.integrityCheck(), "ok");
    const c = await done.counts();
    assert.deepEqual([c.articles, c.versions, c.sources], [ARTICLES, ARTICLES, ARTICLES]);
    const fts = done.db.prepare("SELECT count(*) AS n FROM articles_fts").get() as { n: number };
    assert.equal(fts.n, ARTICLES, "one full-text row per article");
    const distinct = done.db.prepare("SELECT count(DISTINCT json_extract(json, '$.source.path')) AS n FROM articles").get() as {
      n: number;
    };
    assert.equal(distinct.n, ARTICLES, "every input stored once");
  } finally {
    await done.close();
  }
});
