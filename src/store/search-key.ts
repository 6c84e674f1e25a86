// The normalized search key of an article and of a query: every token through matchKey, so that
// Путін, Путин and Putin meet in the FTS5 `key` column; plus the excerpt shown beside a hit.

import type { Article } from "../model/article.ts";
import { matchKey } from "../text/key.ts";

/** Word tokens: letters, marks and digits, with inner apostrophes (Ukrainian м'ясо, English O'Neill). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** Query keys at least this long also match longer keys (Путін finds Путіна, Putina). */
export const PREFIX_MIN_KEY_CHARS = 4;
/** Characters of context either side of the first match in a snippet. */
export const SNIPPET_CONTEXT_CHARS = 80;
/** The key cache is cleared when it grows past this many entries (bounded memory on long ingests). */
const KEY_CACHE_MAX_ENTRIES = 200_000;

const keyCache = new Map<string, string>();

export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** matchKey of one token, cached (the same words recur across a corpus). */
export function tokenKey(token: string, lang?: string): string {
  const cacheKey = lang ? `${lang}\u0000${token}` : token;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_MAX_ENTRIES) keyCache.clear();
    key = matchKey(token, lang);
    keyCache.set(cacheKey, key);
  }
  return key;
}

/** The text of the `key` column: the keys of title, body and entity base forms and names, space-separated. */
export function articleKeyText(article: Article): string {
  const lang = article.lang?.code;
  const parts: string[] = [];
  const add = (s: string | null | undefined) => {
    if (!s) return;
    for (const w of words(s)) {
      const k = tokenKey(w, lang);
      if (k !== "") parts.push(k);
    }
  };
  add(article.title);
  add(article.text);
  for (const e of article.entities ?? []) {
    add(e.lemma);
    add(e.name);
  }
  return parts.join(" ");
}

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

export interface ParsedQuery {
  /** FTS5 MATCH expression, or null when the query has no word tokens. */
  match: string | null;
  /** The query keys, to find the match in a text for the snippet. */
  keys: string[];
}

/** Every query token must match: as written in title or text, or by its key (prefix for longer keys). */
export function parseQuery(text: string): ParsedQuery {
  const clauses: string[] = [];
  const keys: string[] = [];
  for (const w of words(text)) {
    const lower = w.toLowerCase();
    const k = tokenKey(w);
    const alternatives = [`title : ${quote(lower)}`, `text : ${quote(lower)}`];
    if (k !== "") {
      keys.push(k);
      alternatives.push(`key : ${quote(k)}${k.length >= PREFIX_MIN_KEY_CHARS ? " *" : ""}`);
    }
    clauses.push(`(${alternatives.join(" OR ")})`);
  }
  return { match: clauses.length > 0 ? clauses.join(" AND ") : null, keys };
}

/** About 2 × SNIPPET_CONTEXT_CHARS of `text` around the first token whose key matches a query key. */
export function snippetOf(text: string, keys: readonly string[], lang?: string): string {
  let at = -1;
  let end = 0;
  for (const m of text.matchAll(WORD)) {
    const k = tokenKey(m[0], lang);
    if (keys.some((q) => k === q || (q.length >= PREFIX_MIN_KEY_CHARS && k.startsWith(q)))) {
      at = m.index;
      end = at + m[0].length;
      break;
    }
  }
  if (at < 0) {
    at = 0;
    end = 0;
  }
  const from = Math.max(0, at - SNIPPET_CONTEXT_CHARS);
  const to = Math.min(text.length, end + SNIPPET_CONTEXT_CHARS);
  const startCut = from > 0 ? text.indexOf(" ", from) + 1 || from : 0;
  const endCut = to < text.length ? text.lastIndexOf(" ", to) : text.length;
  const body = text
    .slice(startCut, endCut > startCut ? endCut : to)
    .replace(/\s+/g, " ")
    .trim();
  return `${startCut > 0 ? "…" : ""}${body}${to < text.length ? "…" : ""}`;
}
