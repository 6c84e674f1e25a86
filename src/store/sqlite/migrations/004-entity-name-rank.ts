// An entity's display name comes from the best source its mentions offer (put-batch.ts `nameRank`): the
// lexicon's English name, then a name written in English, then one in another Latin-script language,
// then a romanization. Entities stored before it rank 0 and take the next better name they meet.

import type { Migration } from "../migrate.ts";

export const migration004: Migration = {
  version: 4,
  name: "entity-name-rank",
  up: "ALTER TABLE entities ADD COLUMN name_rank INTEGER NOT NULL DEFAULT 0;",
};
