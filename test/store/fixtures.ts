// Hand-built schema-1 articles for the store tests (text written here, never copied from ../shared).

import { type Article, type ArticleEntity, contentId } from "../../src/model/article.ts";

export interface ArticleSpec {
  text: string;
  title?: string | null;
  lang?: string;
  published?: string;
  source?: Article["source"];
  entities?: ArticleEntity[];
}

export function makeArticle(spec: ArticleSpec): Article {
  return {
    schema: 1,
    id: contentId(spec.text),
    source: spec.source ?? {},
    now: { value: "2026-01-01T00:00:00Z", source: "flag" },
    ...(spec.lang !== undefined && { lang: { code: spec.lang, confidence: 0.99 } }),
    title: spec.title ?? null,
    published: spec.published ? { value: spec.published, precision: "day", evidence: "test" } : null,
    text: spec.text,
    ...(spec.entities !== undefined && { entities: spec.entities }),
  };
}

/** A mention of `surface` in `text` (its first occurrence), linked to `id`. */
export function mention(
  text: string,
  surface: string,
  lemma: string,
  id: string,
  name: string,
  type: ArticleEntity["type"] = "PER",
  link = "lexicon:alias",
): ArticleEntity {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: ${surface} not in text`);
  return { surface, lemma, type, id, name, start, end: start + surface.length, link };
}
