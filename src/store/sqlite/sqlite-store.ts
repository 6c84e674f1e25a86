// The embedded default Store: one SQLite file (better-sqlite3), WAL mode, migrated on open.
// better-sqlite3 is synchronous; the Promise-returning methods keep the interface open for async stores.

import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import type { Article } from "../../model/article.ts";
import { CrossnewsError } from "../../model/message.ts";
import type {
  ConfidentMention,
  EntityQuery,
  EntitySummary,
  PutOptions,
  PutResult,
  SearchHit,
  SearchQuery,
  Store,
  StoreCounts,
} from "../store.ts";
import { type MigrateResult, migrate } from "./migrate.ts";
import { MIGRATIONS } from "./migrations.ts";
import { type BatchWriter, createBatchWriter } from "./put-batch.ts";
import { confidentMentions, countAll, listEntities, searchArticles } from "./queries.ts";

export interface SqliteStoreOptions {
  /** Create the file when it does not exist (ingest); otherwise a missing file is `store/not-found`. Default true. */
  create?: boolean;
  /** The clock, read once at the edge: migration and default ingest times. Default: now. */
  now?: () => string;
  /** How long to wait for another writer's lock, in milliseconds. */
  busyTimeoutMs?: number;
}

/** Wait this long for another process's write lock before failing. */
export const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

export class SqliteStore implements Store {
  readonly location: string;
  readonly db: Database.Database;
  readonly migration: MigrateResult;
  private readonly write: BatchWriter;
  private readonly now: () => string;

  private constructor(location: string, db: Database.Database, migration: MigrateResult, now: () => string) {
    this.location = location;
    this.db = db;
    this.migration = migration;
    this.now = now;
    this.write = createBatchWriter(db, location);
  }

  /** Open (or create) and migrate. Throws `store/not-found`, `store/open-failed`, `store/migration-failed`. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    const now = options.now ?? (() => new Date().toISOString());
    if (options.create === false && path !== ":memory:" && !existsSync(path)) throw new CrossnewsError("store/not-found", path);
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
      db.pragma("journal_mode = WAL");
      // WAL + NORMAL: a killed process loses nothing committed; only a power cut may lose the last commits.
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
    } catch (error) {
      throw new CrossnewsError(
        "store/open-failed",
        path,
        { detail: error instanceof Error ? error.message : String(error) },
        { cause: error },
      );
    }
    try {
      const migration = migrate(db, MIGRATIONS, path, now());
      return new SqliteStore(path, db, migration, now);
    } catch (error) {
      db.close();
      if (error instanceof CrossnewsError) throw error;
      throw new CrossnewsError(
        "store/open-failed",
        path,
        { detail: error instanceof Error ? error.message : String(error) },
        { cause: error },
      );
    }
  }

  async putBatch(articles: readonly Article[], options: PutOptions = {}): Promise<PutResult[]> {
    return this.write(articles, options.ingestedAt ?? this.now(), options.reanalyze === true);
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.db.prepare<[string], { json: string }>("SELECT json FROM articles WHERE id = ?").get(id);
    return row ? (JSON.parse(row.json) as Article) : null;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    return searchArticles(this.db, query);
  }

  async entities(query?: EntityQuery): Promise<EntitySummary[]> {
    return listEntities(this.db, query);
  }

  async counts(): Promise<StoreCounts> {
    return countAll(this.db);
  }

  async *confidentMentions(minScore: number): AsyncIterable<ConfidentMention> {
    yield* confidentMentions(this.db, minScore);
  }

  /** `PRAGMA integrity_check`: `ok` or the problems found. */
  integrityCheck(): string {
    const rows = this.db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("\n");
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export function openSqliteStore(path: string, options?: SqliteStoreOptions): SqliteStore {
  return SqliteStore.open(path, options);
}
