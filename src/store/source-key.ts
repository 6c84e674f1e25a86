// The identity of an article's source, for telling a new version of a page from a new page:
// the id the input gave, else its URL, else its file path.

import type { Article } from "../model/article.ts";

/** JSON Lines files (maybe gzipped) hold many articles: their path names no single source. */
const MULTI_ARTICLE_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;

/** A path that stands for one article's source: not stdin, not a file of many records. */
export function isSingleArticlePath(path: string | undefined): path is string {
  return path !== undefined && path !== "" && path !== "-" && !MULTI_ARTICLE_FILE.test(path);
}

/**
 * `id:…`, `url:…` or `path:…`; null when nothing tells the source (stdin, or a JSONL record with neither
 * `id` nor `url`): such an article is then stored by its content alone and never becomes a version.
 */
export function sourceKeyOf(source: Article["source"]): string | null {
  if (source.id !== undefined && source.id !== "") return `id:${source.id}`;
  if (source.url !== undefined && source.url !== "") return `url:${source.url}`;
  if (isSingleArticlePath(source.path)) return `path:${source.path}`;
  return null;
}
