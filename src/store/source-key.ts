// The identity of an article's source, for telling a new version of a page from a new page:
// the id the input gave, else its URL, else its file path.

import type { Article } from "../model/article.ts";

/** `id:…`, `url:…` or `path:…`; null when the article says nothing about where it came from (stdin). */
export function sourceKeyOf(source: Article["source"]): string | null {
  if (source.id !== undefined && source.id !== "") return `id:${source.id}`;
  if (source.url !== undefined && source.url !== "") return `url:${source.url}`;
  if (source.path !== undefined && source.path !== "" && source.path !== "-") return `path:${source.path}`;
  return null;
}
