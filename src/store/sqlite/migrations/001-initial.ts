// Schema 1: articles keyed by content hash, their sources and versions, entity mentions, and the
// FTS5 index over title, text and the script-independent matching key.

import type { Migration } from "../migrate.ts";

export const migration001: Migration = {
  version: 1,
  name: "initial",
  up: `
    CREATE TABLE articles (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      lang TEXT NOT NULL,
      title TEXT,
      published TEXT,
      seen_at TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      current INTEGER NOT NULL DEFAULT 1,
      json TEXT NOT NULL
    );
    CREATE INDEX articles_lang ON articles (lang, current);
    CREATE INDEX articles_published ON articles (published);

    CREATE TABLE sources (
      rowid INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      path TEXT,
      url TEXT,
      site TEXT,
      ext_id TEXT,
      current_article TEXT NOT NULL REFERENCES articles (id),
      versions INTEGER NOT NULL,
      first_ingested TEXT NOT NULL,
      last_ingested TEXT NOT NULL
    );
    CREATE INDEX sources_current ON sources (current_article);

    CREATE TABLE versions (
      source INTEGER NOT NULL REFERENCES sources (rowid),
      version INTEGER NOT NULL,
      article TEXT NOT NULL REFERENCES articles (id),
      ingested_at TEXT NOT NULL,
      PRIMARY KEY (source, version)
    ) WITHOUT ROWID;

    CREATE TABLE entities (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      type TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE mentions (
      article INTEGER NOT NULL REFERENCES articles (rowid),
      entity TEXT NOT NULL REFERENCES entities (id),
      surface TEXT NOT NULL,
      lemma TEXT NOT NULL,
      lang TEXT NOT NULL,
      script TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions (entity, lang);
    CREATE INDEX mentions_article ON mentions (article);

    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      title, text, key,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
  `,
};
