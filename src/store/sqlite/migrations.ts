// The SQLite store's migrations, in order. A schema change is a new file under migrations/ and one line here.

import type { Migration } from "./migrate.ts";
import { migration001 } from "./migrations/001-initial.ts";
import { migration002 } from "./migrations/002-mention-link.ts";
import { migration003 } from "./migrations/003-mention-evidence.ts";
import { migration004 } from "./migrations/004-entity-name-rank.ts";

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];
