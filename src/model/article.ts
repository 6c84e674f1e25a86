// The article object crossnews emits, schema version 1 (DESIGN.md "The contract"), and the
// mapping from a finished Doc to it. Changing this shape means a new schema version.

import { createHash } from "node:crypto";
import type { Doc, EntityType, LayerName, PublishedDate } from "./doc.ts";

export const SCHEMA_VERSION = 1;

export interface ArticleEntity {
  surface: string;
  lemma: string;
  type: EntityType;
  id: string;
  name: string;
  start: number;
  end: number;
  /** The evidence that joined the mention to its id: `lexicon:alias`, `lexicon:key`, `doc:short-form`, `key`, … */
  link: string;
  /** The recognizer's confidence in [0, 1] (absent in articles made before it was emitted). */
  score?: number;
}

export interface ArticleTime {
  surface: string;
  value: string;
  precision: string;
  start: number;
  end: number;
}

export interface ArticleEvent {
  type: string;
  mode?: string;
  modality?: string;
  actors: string[];
  targets: string[];
  date?: string;
  place?: string;
  evidence: string;
  start: number;
  end: number;
}

export interface ArticleMessage {
  code: string;
  severity: string;
  reason: string;
  start?: number;
  end?: number;
}

export interface Article {
  schema: 1;
  id: string;
  source: { path?: string; url?: string; site?: string; id?: string };
  /** The reference time used to resolve dates, and where it came from. */
  now: { value: string; source: string };
  lang?: { code: string; confidence: number; spans?: { code: string; confidence: number; start: number; end: number }[] };
  title: string | null;
  author?: string[];
  published: PublishedDate | null;
  text: string;
  extract?: { method: string; charset: string; canonicalUrl?: string; tags?: string[] };
  entities?: ArticleEntity[];
  times?: ArticleTime[];
  events?: ArticleEvent[];
  messages?: ArticleMessage[];
}

/** Content hash of the clean text: the article's id and its dedup key in the store. */
export function contentId(text: string): string {
  return createHash("sha256").update(text.normalize("NFC"), "utf8").digest("hex").slice(0, 24);
}

/** The layers `toArticle` reads: the stages that add others run only when a stage needs them. */
export const ARTICLE_LAYERS: readonly LayerName[] = ["decode", "extract", "lang", "entities", "time", "events"];

/** Build the emitted object. Layers a stage has not added are left out, never filled with placeholders. */
export function toArticle(doc: Doc): Article {
  const extract = doc.extract;
  const text = extract?.text ?? "";
  const site = extract?.site ?? doc.raw.hints.site;
  const url = extract?.canonicalUrl ?? doc.raw.hints.url;
  const article: Article = {
    schema: SCHEMA_VERSION,
    id: contentId(text),
    source: {
      ...(doc.raw.path !== undefined && { path: doc.raw.path }),
      ...(url !== undefined && { url }),
      ...(site !== undefined && { site }),
      ...(doc.raw.hints.id !== undefined && { id: doc.raw.hints.id }),
    },
    now: { value: doc.now, source: doc.nowSource },
    title: extract?.title ?? null,
    published: extract?.published ?? null,
    text,
  };
  if (doc.lang) {
    article.lang = { code: doc.lang.code, confidence: round(doc.lang.confidence) };
    if (doc.lang.spans.length > 0) article.lang.spans = doc.lang.spans.map((s) => ({ ...s, confidence: round(s.confidence) }));
  }
  if (extract?.author && extract.author.length > 0) article.author = extract.author;
  if (extract && doc.decode) {
    article.extract = {
      method: extract.method,
      charset: doc.decode.charset,
      ...(extract.canonicalUrl !== undefined && { canonicalUrl: extract.canonicalUrl }),
      ...(extract.tags !== undefined && extract.tags.length > 0 && { tags: extract.tags }),
    };
  }
  if (doc.entities) {
    article.entities = doc.entities.mentions.map((m) => ({
      surface: m.surface,
      lemma: m.lemma,
      type: m.type,
      id: m.id,
      name: m.name,
      start: m.start,
      end: m.end,
      link: m.link,
      score: m.score,
    }));
  }
  if (doc.time) {
    article.times = doc.time.expressions.map((t) => ({
      surface: t.surface,
      value: t.value,
      precision: t.precision,
      start: t.start,
      end: t.end,
    }));
  }
  if (doc.events) article.events = doc.events.events.map((e) => ({ ...e }));
  if (doc.messages.length > 0) {
    article.messages = doc.messages.map((m) => ({
      code: m.code,
      severity: m.severity,
      reason: m.reason,
      ...(m.start !== undefined && { start: m.start }),
      ...(m.end !== undefined && { end: m.end }),
    }));
  }
  return article;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
