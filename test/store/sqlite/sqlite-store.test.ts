// The SQLite store runs the shared Store contract, on a file and in memory, plus its own checks.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { MIGRATIONS } from "../../../src/store/sqlite/migrations.ts";
import { SqliteStore } from "../../../src/store/sqlite/sqlite-store.ts";
import { makeArticle } from "../fixtures.ts";
import { runStoreContract } from "../store.contract.ts";

const dir = mkdtempSync(join(tmpdir(), "crossnews-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract("sqlite (file)", async () => SqliteStore.open(join(dir, `contract-${n++}.db`)));
runStoreContract("sqlite (memory)", async () => SqliteStore.open(":memory:"));

const CASES: { name: string; run(): Promise<void> }[] = [
  {
    name: "sqlite store: a file database is in WAL mode and passes the integrity check",
    async run() {
      const store = SqliteStore.open(join(dir, "wal.db"));
      await store.putBatch([makeArticle({ text: "One line of text." })]);
      assert.equal(store.db.pragma("journal_mode", { simple: true }), "wal");
      assert.equal(store.integrityCheck(), "ok");
      await store.close();
    },
  },
  {
    name: "sqlite store: reopening keeps the data and runs no migration again",
    async run() {
      const path = join(dir, "reopen.db");
      const first = SqliteStore.open(path);
      assert.deepEqual(
        first.migration.applied,
        MIGRATIONS.map((m) => m.version),
      );
      await first.putBatch([makeArticle({ text: "Kept across opens." })]);
      await first.close();
      const second = SqliteStore.open(path);
      assert.deepEqual(second.migration.applied, []);
      assert.equal((await second.counts()).articles, 1);
      await second.close();
    },
  },
  {
    name: "sqlite store: a file that is not a database is store/open-failed and is left as it was",
    async run() {
      const path = join(dir, "notes.db");
      const content = "these are notes, not a database\n".repeat(200);
      writeFileSync(path, content);
      assert.throws(() => SqliteStore.open(path), { code: "store/open-failed" });
      assert.equal(readFileSync(path, "utf8"), content);
    },
  },
  {
    name: "sqlite store: a missing file with create: false is store/not-found",
    async run() {
      assert.throws(() => SqliteStore.open(join(dir, "absent.db"), { create: false }), { code: "store/not-found" });
    },
  },
];

for (const c of CASES) test(c.name, c.run);
