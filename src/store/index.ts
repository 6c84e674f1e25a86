// The store: the Store interface and its embedded SQLite implementation.

export { openStore } from "./open.ts";
export { scriptOf } from "./script.ts";
export { sourceKeyOf } from "./source-key.ts";
export { openSqliteStore, SqliteStore, type SqliteStoreOptions } from "./sqlite/sqlite-store.ts";
export type * from "./store.ts";
export { articleProblem } from "./validate.ts";
