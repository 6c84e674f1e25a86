// The typed document that flows through the per-article pipeline. Each stage adds one
// layer (STYLE.md rule 1) and never edits the layers before it.

import type { Message } from "./message.ts";

/** Input format as told by the reader (from the file name, the JSONL record or sniffing). */
export type InputFormat = "html" | "text" | "markdown";

/** Hints that came with the input itself (JSONL fields, HTTP-style headers). Never the answer, only evidence. */
export interface InputHints {
  id?: string;
  url?: string;
  title?: string;
  published?: string;
  site?: string;
  lang?: string;
  /** Declared charset, e.g. from a JSONL `charset` or `content_type` field. */
  charset?: string;
}

/** What a reader produces: one article's raw bytes or text and where it came from. I/O is done. */
export interface RawDoc {
  /** Stable name used in messages: a path, `path:line` for JSONL, or `-` for stdin. */
  input: string;
  path?: string;
  format: InputFormat;
  /** Undecoded bytes (files, stdin). Exactly one of `bytes` and `content` is set. */
  bytes?: Uint8Array;
  /** Already-decoded text (JSONL `html`/`text` fields). */
  content?: string;
  hints: InputHints;
  /** File modification time, ISO 8601, when known. Used as the default reference time. */
  mtime?: string;
  /**
   * Keys (`lineKey` in src/extract/text/site-repetition.ts) of this page's lines that enough pages of the same
   * site show too to be its furniture; set by the CLI's pre-pass (src/cli/site-groups.ts) when it ran.
   */
  siteRepeatedLines?: string[];
}

/** Where an article came from, as emitted. */
export interface Source {
  path?: string;
  url?: string;
  site?: string;
  /** The `id` given in a JSONL record, returned as is. */
  id?: string;
}

export interface DecodeLayer {
  content: string;
  charset: string;
  /** How the charset was chosen: bom | declared | meta | detected | utf8 | given */
  charsetEvidence: string;
  format: InputFormat;
}

export type DatePrecision = "minute" | "day" | "month" | "year";

export interface PublishedDate {
  /** ISO 8601: `2026-06-27T12:21`, `2026-06-27`, `2026-06`, `2026`. */
  value: string;
  precision: DatePrecision;
  /** Where it was found: `json-ld`, `meta:article:published_time`, `time`, `url`, `text:header`, `hint`, … */
  evidence: string;
}

export interface ExtractLayer {
  /** Clean article body: paragraphs separated by one blank line. */
  text: string;
  title?: string;
  author?: string[];
  site?: string;
  canonicalUrl?: string;
  tags?: string[];
  published: PublishedDate | null;
  /** Which step of the cascade won (`html:main`, `text:lines`, `none` for --no-extract). */
  method: string;
  /** Language declared by the page (`<html lang>`, meta). A hint for the language stage. */
  langHint?: string;
}

export interface LangGuess {
  /** ISO 639-1, or `und` when nothing can be told. */
  code: string;
  confidence: number;
}

export interface LangSpan extends LangGuess {
  start: number;
  end: number;
}

export interface LangLayer extends LangGuess {
  /** Per-paragraph languages, only where a paragraph differs from the article's language. */
  spans: LangSpan[];
}

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  surface: string;
  /** NFC, unified quotes/dashes/apostrophes, look-alike letters repaired, lowercase, ё→е. */
  norm: string;
  /** Script-independent loose matching key (transliterated, folded). */
  key: string;
  /** Retrieval stem in the article's language (lowercase). */
  stem: string;
  /** word | number | punct | symbol */
  kind: "word" | "number" | "punct" | "symbol";
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of this sentence in `TextLayer.tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface TextLayer {
  sentences: Sentence[];
  tokens: Token[];
}

export type EntityType = "PER" | "ORG" | "LOC" | "EVT" | "PRO";
/** Every EntityType, in the guidelines' order. */
export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "EVT", "PRO"];

export interface Mention {
  start: number;
  end: number;
  surface: string;
  /** Base form in the mention's own language. */
  lemma: string;
  type: EntityType;
  /** Canonical entity id, stable across articles, runs and languages. */
  id: string;
  /** Canonical English display name. */
  name: string;
  /** Recognizer score in [0, 1]. */
  score: number;
  /** How the mention was linked (`lexicon:alias`, `key`, `new`, …): the merge's evidence. */
  link: string;
}

/**
 * The link of a demonym or place adjective ("українців", PER by the guidelines) to its place: the
 * mention keeps its own type, the entity it names is a place.
 */
export const DEMONYM_LINK = "lexicon:demonym";

/** The type of the entity a mention names: its own, except a demonym's, which names a place. */
export function entityTypeOf(m: { type: EntityType; link?: string }): EntityType {
  return m.link === DEMONYM_LINK ? "LOC" : m.type;
}

export interface EntitiesLayer {
  mentions: Mention[];
  /** Which model recognized them: `xx` when the language had no model of its own. */
  model: string;
}

export interface TimeExpression {
  start: number;
  end: number;
  surface: string;
  value: string;
  precision: DatePrecision;
}

export interface TimeLayer {
  expressions: TimeExpression[];
}

export interface EventRecord {
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

export interface EventsLayer {
  events: EventRecord[];
}

/** The layers a stage may require or add, by name. */
export interface Layers {
  decode: DecodeLayer;
  extract: ExtractLayer;
  lang: LangLayer;
  text: TextLayer;
  entities: EntitiesLayer;
  time: TimeLayer;
  events: EventsLayer;
}

export type LayerName = keyof Layers;

/** One article on its way through the pipeline. */
export type Doc = {
  raw: RawDoc;
  /** Reference time for resolving dates, ISO 8601, and where it came from (`flag`, `mtime`, `clock`). */
  now: string;
  nowSource: string;
  messages: Message[];
} & Partial<Layers>;
