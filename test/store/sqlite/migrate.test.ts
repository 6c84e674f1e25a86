// Migrations: applied in order, once each, each in its own transaction, with a clear error on failure.

import assert from "node:assert/strict";
import { test } from "node:test";
import Database from "better-sqlite3";
import { type Migration, migrate, schemaVersion } from "../../../src/store/sqlite/migrate.ts";
import { MIGRATIONS } from "../../../src/store/sqlite/migrations.ts";

const NOW = "2026-01-01T00:00:00Z";
const ONE: Migration = { version: 1, name: "one", up: "CREATE TABLE a (x INTEGER);" };
const TWO: Migration = { version: 2, name: "two", up: "CREATE TABLE b (y INTEGER); INSERT INTO b VALUES (1);" };
const BROKEN: Migration = { version: 3, name: "broken", up: "CREATE TABLE c (z INTEGER); INSERT INTO nowhere VALUES (1);" };

const CASES: { name: string; run(db: Database.Database): void }[] = [
  {
    name: "migrate: applies pending migrations in version order and records them",
    run(db) {
      assert.deepEqual(migrate(db, [TWO, ONE], "test.db", NOW), { from: 0, to: 2, applied: [1, 2] });
      assert.deepEqual(db.prepare("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").all(), [
        { version: 1, name: "one", applied_at: NOW },
        { version: 2, name: "two", applied_at: NOW },
      ]);
      assert.deepEqual(migrate(db, [ONE, TWO], "test.db", NOW), { from: 2, to: 2, applied: [] });
    },
  },
  {
    name: "migrate: a failing migration is store/migration-failed and leaves the previous version whole",
    run(db) {
      migrate(db, [ONE, TWO], "test.db", NOW);
      assert.throws(
        () => migrate(db, [ONE, TWO, BROKEN], "test.db", NOW),
        (error: Error & { code?: string }) => {
          assert.equal(error.code, "store/migration-failed");
          assert.match(error.message, /^test\.db: migration 3 failed \(broken: no such table: nowhere\)/);
          return true;
        },
      );
      assert.equal(schemaVersion(db), 2);
      assert.equal((db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'c'").get() as { n: number }).n, 0);
    },
  },
  {
    name: "migrate: a database newer than the code is store/schema-too-new",
    run(db) {
      migrate(db, [ONE, TWO], "test.db", NOW);
      assert.throws(() => migrate(db, [ONE], "test.db", NOW), { code: "store/schema-too-new" });
    },
  },
  {
    name: "migrate: the shipped migrations are numbered 1..n without gaps and apply to an empty database",
    run(db) {
      assert.deepEqual(
        MIGRATIONS.map((m) => m.version),
        MIGRATIONS.map((_, i) => i + 1),
      );
      assert.equal(migrate(db, MIGRATIONS, "test.db", NOW).to, MIGRATIONS.length);
      assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    },
  },
];

for (const c of CASES) {
  test(c.name, () => {
    const db = new Database(":memory:");
    try {
      c.run(db);
    } finally {
      db.close();
    }
  });
}
