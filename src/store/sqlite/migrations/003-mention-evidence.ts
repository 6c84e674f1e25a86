// Each mention keeps the type and confidence the recognizer gave it, so that the store's confident
// names can be evidence for the articles analyzed next (src/entities/recognize/corpus-names.ts).
// Mentions stored before it have type "" and score 0: they are no evidence until `ingest --reanalyze`.

import type { Migration } from "../migrate.ts";

export const migration003: Migration = {
  version: 3,
  name: "mention-evidence",
  up: `ALTER TABLE mentions ADD COLUMN type TEXT NOT NULL DEFAULT '';
       ALTER TABLE mentions ADD COLUMN score REAL NOT NULL DEFAULT 0;`,
};
