// The Store interface: the swap point between the CLI and a database (STYLE.md rule 7). The embedded
// SQLite implementation lives in sqlite/; a PostgreSQL one can follow behind the same contract.

import type { Article } from "../model/article.ts";
import type { EntityType } from "../model/doc.ts";

/**
 * What happened to one article of a batch:
 * - `new`: its text was not stored before and its source (if any) is new;
 * - `unchanged`: the same text is already stored (for this source, or for another one: a duplicate);
 * - `new-version`: the source is known and its text changed (or changed back to an earlier version);
 * - `reanalyzed`: the text was stored before and, with `reanalyze`, its analysis was replaced by this one;
 * - `rejected`: the article is malformed; nothing of it was written (`reason` says why).
 */
export type PutOutcome = "new" | "unchanged" | "new-version" | "reanalyzed" | "rejected";

export interface PutResult {
  /** The article's id (content hash of its clean text), as given. */
  id: string;
  outcome: PutOutcome;
  /** Version number of this text for its source (1 for the first), when the article has a source. */
  version?: number;
  /** Why the article was rejected. */
  reason?: string;
}

export interface PutOptions {
  /** When the batch is stored, ISO 8601: the "seen" time of articles without a published date. Default: now. */
  ingestedAt?: string;
  /**
   * Replace the stored analysis (language, title, dates, entity mentions, search keys) of texts already
   * stored with the given one, e.g. after a model update. Default false: a known text is left as it is.
   */
  reanalyze?: boolean;
}

export interface SearchQuery {
  /** Free text: every token must match, in its own script or any other (through the matching key). */
  text: string;
  /** ISO 639-1 code of the article language. */
  lang?: string;
  /** Published on or after this ISO 8601 date (inclusive, by prefix: `2024`, `2024-05`, `2024-05-01`). */
  from?: string;
  /** Published on or before this ISO 8601 date (inclusive, by prefix). */
  to?: string;
  /** Most hits to return; default 20. */
  limit?: number;
}

export interface SearchHit {
  id: string;
  /** Relevance (bm25, higher is better). */
  score: number;
  title: string | null;
  lang: string | null;
  published: string | null;
  source: Article["source"];
  /** A short excerpt of the text around the first match. */
  snippet: string;
}

export interface EntityQuery {
  type?: EntityType;
  /** Only entities mentioned in articles of this language. */
  lang?: string;
  /** Most entities to return, by mention count; default 50. */
  limit?: number;
}

export interface EntityAlias {
  /** The base form as written in the articles. */
  form: string;
  lang: string;
  /** ISO 15924 script code: `Cyrl`, `Latn`, `Grek`, … (`Zyyy` when none can be told). */
  script: string;
  mentions: number;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  /** Base forms by language and script, most mentioned first. */
  aliases: EntityAlias[];
  /** The evidence that joined its mentions (`lexicon:alias`, `key`, …) with mention counts, most first. */
  links: { link: string; mentions: number }[];
  mentions: number;
  articles: number;
  /** Earliest and latest date of an article mentioning it: published date, else ingest time (ISO 8601). */
  firstSeen: string;
  lastSeen: string;
}

export interface StoreCounts {
  /** Current articles (superseded versions excluded). */
  articles: number;
  /** Every stored text, superseded versions included. */
  versions: number;
  sources: number;
  entities: number;
  mentions: number;
  /** Current articles per language code (`und` when the language is unknown). */
  byLang: Record<string, number>;
  /** Earliest and latest published date of current articles (null when none is dated), and how many are dated. */
  published: { first: string | null; last: string | null; dated: number };
}

export interface ConfidentMention {
  /** The article's row (mentions of one article share it). */
  article: number;
  lang: string;
  surface: string;
  type: string;
  score: number;
}

export interface Store {
  /** Where the data lives (a file path, a connection name), for messages. */
  readonly location: string;
  /** Store a batch in one transaction: all of it or, on failure, none of it. */
  putBatch(articles: readonly Article[], options?: PutOptions): Promise<PutResult[]>;
  /** An article by id (any version), as it was put. */
  getArticle(id: string): Promise<Article | null>;
  /** Full-text search over current articles, best first. */
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Entities of current articles, most mentioned first. */
  entities(query?: EntityQuery): Promise<EntitySummary[]>;
  counts(): Promise<StoreCounts>;
  /**
   * Mentions of current articles recognized with at least `minScore` confidence, article by article:
   * evidence for the next analyses. Streamed, as a large store holds millions.
   */
  confidentMentions(minScore: number): AsyncIterable<ConfidentMention>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Create the database when it does not exist (ingest). Default true; false makes a missing one `store/not-found`. */
  create?: boolean;
}

/** Opens a store and brings its schema up to date (migrations) before returning it. */
export type OpenStore = (location: string, options?: OpenStoreOptions) => Promise<Store>;
