// Versioned schema migrations for the SQLite store: a `schema_migrations` table records what ran;
// each pending migration runs in its own transaction, so a failure leaves the previous version intact.

import type Database from "better-sqlite3";
import { CrossnewsError } from "../../model/message.ts";

export interface Migration {
  /** 1, 2, 3, …: applied in order, each once. */
  version: number;
  name: string;
  /** SQL statements, run with `exec` inside the migration's transaction. */
  up: string;
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: number[];
}

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare("SELECT coalesce(max(version), 0) AS v FROM schema_migrations").get() as { v: number };
  return row.v;
}

/** Bring the database up to the last of `migrations`. Throws `store/migration-failed` or `store/schema-too-new`. */
export function migrate(db: Database.Database, migrations: readonly Migration[], location: string, appliedAt: string): MigrateResult {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  const latest = sorted.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new CrossnewsError("store/schema-too-new", location, { version: from, known: latest });
  }
  const applied: number[] = [];
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  for (const m of sorted) {
    // Another process may have migrated meanwhile: re-read the version inside the write lock.
    const apply = db.transaction(() => {
      if (schemaVersion(db) >= m.version) return false;
      db.exec(m.up);
      record.run(m.version, m.name, appliedAt);
      return true;
    });
    try {
      if (apply.immediate()) applied.push(m.version);
    } catch (error) {
      const detail = `${m.name}: ${error instanceof Error ? error.message : String(error)}`;
      throw new CrossnewsError("store/migration-failed", location, { version: m.version, detail }, { cause: error });
    }
  }
  return { from, to: schemaVersion(db), applied };
}
