// Each mention keeps the evidence that joined it to its entity (`lexicon:alias`, `key`, …), so a merge
// can be explained; mentions stored before it have "".

import type { Migration } from "../migrate.ts";

export const migration002: Migration = {
  version: 2,
  name: "mention-link",
  up: `ALTER TABLE mentions ADD COLUMN link TEXT NOT NULL DEFAULT '';`,
};
