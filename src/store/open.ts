// The one place that picks a Store implementation for a location. Today every location is a SQLite
// file; a PostgreSQL store would be chosen here by a `postgres://` location.

import { SqliteStore } from "./sqlite/sqlite-store.ts";
import type { OpenStore } from "./store.ts";

export const openStore: OpenStore = async (location, options = {}) => SqliteStore.open(location, options);
