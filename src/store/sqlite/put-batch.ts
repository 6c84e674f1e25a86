// Writes a batch of articles in one transaction: articles by content hash, sources and their versions,
// entity mentions and the FTS5 row. A throw anywhere rolls the whole batch back.

import type Database from "better-sqlite3";
import type { Article } from "../../model/article.ts";
import { DEMONYM_LINK, entityTypeOf } from "../../model/doc.ts";
import { CrossnewsError } from "../../model/message.ts";
import { scriptOf } from "../script.ts";
import { articleKeyText } from "../search-key.ts";
import { sourceKeyOf } from "../source-key.ts";
import type { PutResult } from "../store.ts";
import { articleProblem } from "../validate.ts";

interface SourceRow {
  rowid: number;
  current_article: string;
  versions: number;
}

export type BatchWriter = (articles: readonly Article[], ingestedAt: string, reanalyze: boolean) => PutResult[];

function langOf(a: Article): string {
  return a.lang?.code ?? "und";
}

/**
 * How good a mention's display name is for its entity: the lexicon's English name (3), a name written in
 * English (2) or in another Latin-script language (1), a romanization of another script (0). A new
 * person named in Russian and in English is shown as English writes her ("Maia Sandu", not "Mayya Sandu").
 */
function nameRank(id: string, lang: string, script: string): number {
  if (!id.startsWith("k:")) return 3;
  if (script !== "Latn") return 0;
  return lang === "en" ? 2 : 1;
}

/**
 * When an article was seen: its publication date, else the reference time it was analyzed at (the
 * page's file time or `--now`), which says when the page existed better than the day it was ingested:
 * an archive ingested today was not seen today.
 */
function seenAt(a: Article): string {
  return a.published?.value ?? a.now.value;
}

export function createBatchWriter(db: Database.Database, location: string): BatchWriter {
  const findArticle = db.prepare<[string], { rowid: number }>("SELECT rowid FROM articles WHERE id = ?");
  const insertArticle = db.prepare(
    "INSERT INTO articles (id, lang, title, published, seen_at, ingested_at, current, json) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
  );
  const insertFts = db.prepare("INSERT INTO articles_fts (rowid, title, text, key) VALUES (?, ?, ?, ?)");
  // An entity keeps the display name of its best-ranked source (`nameRank`), and among those its fullest
  // (more words, then longer: "Mykola Malomuzh" over "Malomuzh"), as the linker does within one article,
  // so a later short mention does not rename it.
  const words = (col: string) => `(length(${col}) - length(replace(${col}, ' ', '')))`;
  const upsertEntity = db.prepare(
    `INSERT INTO entities (id, name, type, name_rank) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET
       name = CASE WHEN excluded.name_rank > name_rank
                     OR (excluded.name_rank = name_rank AND (${words("excluded.name")} > ${words("name")}
                       OR (${words("excluded.name")} = ${words("name")} AND length(excluded.name) > length(name))))
                   THEN excluded.name ELSE name END,
       name_rank = max(name_rank, excluded.name_rank),
       -- a demonym names its place but does not say what type the place is (entityTypeOf)
       type = CASE WHEN ? THEN type ELSE excluded.type END`,
  );
  const insertMention = db.prepare(
    'INSERT INTO mentions (article, entity, surface, lemma, lang, script, start, "end", link, type, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const findSource = db.prepare<[string], SourceRow>("SELECT rowid, current_article, versions FROM sources WHERE key = ?");
  const insertSource = db.prepare(
    "INSERT INTO sources (key, path, url, site, ext_id, current_article, versions, first_ingested, last_ingested) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
  );
  const touchSource = db.prepare("UPDATE sources SET last_ingested = ? WHERE rowid = ?");
  const moveSource = db.prepare("UPDATE sources SET current_article = ?, versions = ?, last_ingested = ? WHERE rowid = ?");
  const insertVersion = db.prepare("INSERT INTO versions (source, version, article, ingested_at) VALUES (?, ?, ?, ?)");
  const setCurrent = db.prepare("UPDATE articles SET current = 1 WHERE id = ?");
  // A superseded text stays current only while another source still shows it.
  const recheckCurrent = db.prepare(
    "UPDATE articles SET current = EXISTS (SELECT 1 FROM sources WHERE current_article = @id) WHERE id = @id",
  );

  const updateArticle = db.prepare("UPDATE articles SET lang = ?, title = ?, published = ?, seen_at = ?, json = ? WHERE rowid = ?");
  const deleteFts = db.prepare("DELETE FROM articles_fts WHERE rowid = ?");
  const deleteMentions = db.prepare("DELETE FROM mentions WHERE article = ?");

  function storeArticle(a: Article, ingestedAt: string): void {
    const published = a.published?.value ?? null;
    const info = insertArticle.run(a.id, langOf(a), a.title ?? null, published, seenAt(a), ingestedAt, JSON.stringify(a));
    storeLayers(a, Number(info.lastInsertRowid));
  }

  /** Replace what was derived from a stored text by a new analysis of it; the text and its versions stay. */
  function replaceAnalysis(a: Article, rowid: number): void {
    updateArticle.run(langOf(a), a.title ?? null, a.published?.value ?? null, seenAt(a), JSON.stringify(a), rowid);
    deleteFts.run(rowid);
    deleteMentions.run(rowid);
    storeLayers(a, rowid);
  }

  function storeLayers(a: Article, rowid: number): void {
    const lang = langOf(a);
    insertFts.run(rowid, a.title ?? "", a.text, articleKeyText(a));
    for (const e of a.entities ?? []) {
      const form = e.lemma || e.surface;
      const script = scriptOf(form);
      upsertEntity.run(e.id, e.name || form, entityTypeOf(e), nameRank(e.id, lang, script), e.link === DEMONYM_LINK ? 1 : 0);
      insertMention.run(rowid, e.id, e.surface, form, lang, script, e.start, e.end, e.link ?? "", e.type, e.score ?? 0);
    }
  }

  function putOne(a: Article, ingestedAt: string, reanalyze: boolean): PutResult {
    const problem = articleProblem(a);
    if (problem) return { id: typeof a?.id === "string" ? a.id : "", outcome: "rejected", reason: problem };
    const stored = findArticle.get(a.id);
    const isNewText = stored === undefined;
    if (isNewText) storeArticle(a, ingestedAt);
    else if (reanalyze) replaceAnalysis(a, stored.rowid);
    const same = reanalyze ? "reanalyzed" : "unchanged";
    const key = sourceKeyOf(a.source);
    if (key === null) return { id: a.id, outcome: isNewText ? "new" : same };
    const source = findSource.get(key);
    if (!source) {
      const info = insertSource.run(
        key,
        a.source.path ?? null,
        a.source.url ?? null,
        a.source.site ?? null,
        a.source.id ?? null,
        a.id,
        ingestedAt,
        ingestedAt,
      );
      insertVersion.run(Number(info.lastInsertRowid), 1, a.id, ingestedAt);
      if (!isNewText) setCurrent.run(a.id);
      return { id: a.id, outcome: isNewText ? "new" : same, version: 1 };
    }
    if (source.current_article === a.id) {
      touchSource.run(ingestedAt, source.rowid);
      return { id: a.id, outcome: same, version: source.versions };
    }
    const version = source.versions + 1;
    moveSource.run(a.id, version, ingestedAt, source.rowid);
    insertVersion.run(source.rowid, version, a.id, ingestedAt);
    recheckCurrent.run({ id: source.current_article });
    setCurrent.run(a.id);
    return { id: a.id, outcome: "new-version", version };
  }

  const writeBatch = db.transaction((articles: readonly Article[], ingestedAt: string, reanalyze: boolean) =>
    articles.map((a) => putOne(a, ingestedAt, reanalyze)),
  );

  return (articles, ingestedAt, reanalyze) => {
    try {
      return writeBatch.immediate(articles, ingestedAt, reanalyze);
    } catch (error) {
      if (error instanceof CrossnewsError) throw error;
      throw new CrossnewsError(
        "store/write-failed",
        location,
        { detail: error instanceof Error ? error.message : String(error) },
        { cause: error },
      );
    }
  };
}
