// Read queries of the SQLite store: search (FTS5, bm25), entity listing with aliases, counts.

import type Database from "better-sqlite3";
import type { Article } from "../../model/article.ts";
import type { EntityType } from "../../model/doc.ts";
import { parseQuery, snippetOf } from "../search-key.ts";
import type { ConfidentMention, EntityAlias, EntityQuery, EntitySummary, SearchHit, SearchQuery, StoreCounts } from "../store.ts";

export const DEFAULT_SEARCH_LIMIT = 20;
export const DEFAULT_ENTITY_LIMIT = 50;
/** bm25 column weights (title, text, key): a match in the title counts most, one only through the key least. */
export const BM25_WEIGHTS = [4.0, 1.0, 0.5] as const;

const RANK = `bm25(articles_fts, ${BM25_WEIGHTS.join(", ")})`;

function limitOf(n: number | undefined, fallback: number): number {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

export function searchArticles(db: Database.Database, q: SearchQuery): SearchHit[] {
  const parsed = parseQuery(q.text);
  if (parsed.match === null) return [];
  const where = ["articles_fts MATCH ?", "a.current = 1"];
  const params: (string | number)[] = [parsed.match];
  if (q.lang) {
    where.push("a.lang = ?");
    params.push(q.lang);
  }
  if (q.from) {
    where.push("a.published >= ?");
    params.push(q.from);
  }
  if (q.to) {
    where.push("substr(a.published, 1, length(?)) <= ?");
    params.push(q.to, q.to);
  }
  params.push(limitOf(q.limit, DEFAULT_SEARCH_LIMIT));
  const rows = db
    .prepare(
      `SELECT a.json AS json, -${RANK} AS score FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
       WHERE ${where.join(" AND ")} ORDER BY ${RANK} LIMIT ?`,
    )
    .all(...params) as { json: string; score: number }[];
  return rows.map((r) => {
    const a = JSON.parse(r.json) as Article;
    return {
      id: a.id,
      score: Math.round(r.score * 1000) / 1000,
      title: a.title,
      lang: a.lang?.code ?? null,
      published: a.published?.value ?? null,
      source: a.source,
      snippet: snippetOf(a.text, parsed.keys, a.lang?.code),
    };
  });
}

interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
  first_seen: string;
  last_seen: string;
}

export function listEntities(db: Database.Database, q: EntityQuery = {}): EntitySummary[] {
  const where = ["a.current = 1"];
  const params: (string | number)[] = [];
  if (q.type) {
    where.push("e.type = ?");
    params.push(q.type);
  }
  if (q.lang) {
    where.push("m.lang = ?");
    params.push(q.lang);
  }
  const filter = where.join(" AND ");
  const rows = db
    .prepare(
      `SELECT e.id, e.name, e.type, count(*) AS mentions, count(DISTINCT m.article) AS articles,
              -- dated articles say when an entity was in the news; ingest time only when none is dated
              coalesce(min(a.published), min(a.seen_at)) AS first_seen, coalesce(max(a.published), max(a.seen_at)) AS last_seen
       FROM mentions m JOIN entities e ON e.id = m.entity JOIN articles a ON a.rowid = m.article
       WHERE ${filter} GROUP BY e.id ORDER BY mentions DESC, articles DESC, e.name LIMIT ?`,
    )
    .all(...params, limitOf(q.limit, DEFAULT_ENTITY_LIMIT)) as EntityRow[];
  const aliasQuery = db.prepare(
    `SELECT m.lemma AS form, m.lang AS lang, m.script AS script, count(*) AS mentions
     FROM mentions m JOIN articles a ON a.rowid = m.article
     WHERE m.entity = ? AND a.current = 1 ${q.lang ? "AND m.lang = ?" : ""}
     GROUP BY m.lemma, m.lang, m.script ORDER BY mentions DESC, m.lang, m.lemma`,
  );
  const linkQuery = db.prepare(
    `SELECT m.link AS link, count(*) AS mentions
     FROM mentions m JOIN articles a ON a.rowid = m.article
     WHERE m.entity = ? AND a.current = 1 AND m.link <> '' ${q.lang ? "AND m.lang = ?" : ""}
     GROUP BY m.link ORDER BY mentions DESC, m.link`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    aliases: aliasQuery.all(...(q.lang ? [r.id, q.lang] : [r.id])) as EntityAlias[],
    links: linkQuery.all(...(q.lang ? [r.id, q.lang] : [r.id])) as { link: string; mentions: number }[],
    mentions: r.mentions,
    articles: r.articles,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  }));
}

export function countAll(db: Database.Database): StoreCounts {
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const byLang: Record<string, number> = {};
  const langs = db.prepare("SELECT lang, count(*) AS n FROM articles WHERE current = 1 GROUP BY lang ORDER BY n DESC, lang").all() as {
    lang: string;
    n: number;
  }[];
  for (const row of langs) byLang[row.lang] = row.n;
  const published = db
    .prepare("SELECT min(published) AS first, max(published) AS last, count(published) AS dated FROM articles WHERE current = 1")
    .get() as { first: string | null; last: string | null; dated: number };
  return {
    articles: one("SELECT count(*) AS n FROM articles WHERE current = 1"),
    versions: one("SELECT count(*) AS n FROM articles"),
    sources: one("SELECT count(*) AS n FROM sources"),
    entities: one("SELECT count(DISTINCT m.entity) AS n FROM mentions m JOIN articles a ON a.rowid = m.article WHERE a.current = 1"),
    mentions: one("SELECT count(*) AS n FROM mentions m JOIN articles a ON a.rowid = m.article WHERE a.current = 1"),
    byLang,
    published,
  };
}

export function confidentMentions(db: Database.Database, minScore: number): IterableIterator<ConfidentMention> {
  return db
    .prepare(
      `SELECT m.article AS article, m.lang AS lang, m.surface AS surface, m.type AS type, m.score AS score
       FROM mentions m JOIN articles a ON a.rowid = m.article
       WHERE a.current = 1 AND m.score >= ? AND m.type <> '' ORDER BY m.article`,
    )
    .iterate(minScore) as IterableIterator<ConfidentMention>;
}
