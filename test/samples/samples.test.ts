// The sample corpus under samples/: every file is listed in samples/manifest.json, decodes as declared,
// and holds what its manifest entry says (title, body bounds, boilerplate, names, times); the corpus spans the languages and links it claims.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import iconv from "iconv-lite";
import { REPO_ROOT } from "../../eval/shared.ts";

const SAMPLES_DIR = join(REPO_ROOT, "samples");
const NOT_ARTICLES = new Set(["README.md", "manifest.json"]);
const MIN_ARTICLES = 12;
const REQUIRED_LANGS = ["uk", "bg", "ru", "en"];
const MIN_BODY_CHARS = 300;
const MAX_BODY_CHARS = 2500;
/** Share of the duplicate's word 5-grams that must also occur in its original. */
const MIN_DUPLICATE_SHINGLE_SHARE = 0.8;
const PRECISIONS = new Set(["minute", "day", "month", "year"]);
const PLOVER_TYPES = new Set([
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
]);

interface Published {
  value: string;
  precision: string;
}
interface Entry {
  file: string;
  line?: number;
  id?: string;
  format: "text" | "html" | "jsonl";
  charset: string;
  lang: string;
  title: string | null;
  author: string | null;
  published: Published | null;
  body_first: string;
  body_last: string;
  must_not_contain: string[];
  entities: Record<string, string[]>;
  times: { surface: string; value: string | null }[];
  events?: { type: string; actors: string[]; targets: string[]; place?: string; evidence_contains: string }[];
  exercises: string[];
}
interface Manifest {
  reference_time: string;
  entity_names: Record<string, string>;
  articles: Entry[];
  links: { a: string; b: string; kind: "translation" | "duplicate" }[];
}
interface FeedItem {
  url: string;
  id: string;
  title: string;
  published: string;
  text?: string;
  html?: string;
}

const manifest: Manifest = JSON.parse(readFileSync(join(SAMPLES_DIR, "manifest.json"), "utf8"));
const utf8 = new TextDecoder("utf-8", { fatal: true });

function readBytes(file: string): Buffer {
  return readFileSync(join(SAMPLES_DIR, file));
}

/** The text of a file (decoded with its declared charset) or of one JSONL item (its text or html). */
function contentOf(entry: Entry): string {
  const bytes = readBytes(entry.file);
  const text = entry.charset === "utf-8" ? utf8.decode(bytes) : iconv.decode(bytes, entry.charset);
  if (entry.format !== "jsonl") return text;
  const item: FeedItem = JSON.parse(text.split("\n")[entry.line! - 1]);
  return item.text ?? item.html ?? "";
}

/** The span from the first body sentence to the end of the last one. */
function bodyOf(entry: Entry): string {
  const content = contentOf(entry);
  const start = content.indexOf(entry.body_first);
  const last = content.indexOf(entry.body_last, Math.max(start, 0));
  if (start < 0 || last < 0) return "";
  return content.slice(start, last + entry.body_last.length);
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(" "));
  return out;
}

describe("samples corpus", () => {
  test("samples_manifest_lists_every_file_and_only_existing_files", () => {
    const onDisk = readdirSync(SAMPLES_DIR)
      .filter((f) => !NOT_ARTICLES.has(f))
      .sort();
    const listed = [...new Set(manifest.articles.map((a) => a.file))].sort();
    assert.deepEqual(listed, onDisk);
  });

  test("samples_has_enough_articles_in_enough_languages", () => {
    assert.ok(manifest.articles.length >= MIN_ARTICLES, `${manifest.articles.length} articles`);
    const langs = new Set(manifest.articles.map((a) => a.lang));
    for (const lang of REQUIRED_LANGS) assert.ok(langs.has(lang), `no ${lang} article`);
  });

  test("samples_jsonl_lines_are_feed_items_matching_the_manifest", () => {
    const jsonl = manifest.articles.filter((a) => a.format === "jsonl");
    assert.ok(jsonl.length >= 3);
    for (const entry of jsonl) {
      const line = utf8.decode(readBytes(entry.file)).split("\n")[entry.line! - 1];
      const item: FeedItem = JSON.parse(line);
      assert.ok(item.url && item.id && (item.text || item.html), `${entry.file}:${entry.line} lacks url, id or body`);
      assert.equal(item.id, entry.id);
      assert.equal(item.title, entry.title);
      assert.equal(item.published, entry.published?.value);
    }
  });

  test("samples_html_pages_cover_meta_date_json_ld_and_legacy_charset", () => {
    const html = manifest.articles.filter((a) => a.format === "html").map((a) => ({ entry: a, content: contentOf(a) }));
    assert.ok(
      html.some((h) => h.content.includes('property="article:published_time"')),
      "no article:published_time",
    );
    assert.ok(
      html.some((h) => h.content.includes("application/ld+json")),
      "no JSON-LD",
    );
    const legacy = html.find((h) => h.entry.charset === "windows-1251");
    assert.ok(legacy, "no windows-1251 page");
    assert.ok(legacy.content.includes('<meta charset="windows-1251">'));
  });

  test("samples_links_join_listed_files_as_declared", () => {
    const byFile = new Map(manifest.articles.map((a) => [a.file, a]));
    for (const link of manifest.links) {
      const a = byFile.get(link.a);
      const b = byFile.get(link.b);
      assert.ok(a && b, `${link.a} ↔ ${link.b}: not in the manifest`);
      if (link.kind === "translation") assert.notEqual(a.lang, b.lang);
      if (link.kind === "duplicate") {
        assert.equal(a.lang, b.lang);
        const original = shingles(bodyOf(a));
        const copy = [...shingles(bodyOf(b))];
        const shared = copy.filter((s) => original.has(s)).length / copy.length;
        assert.ok(shared >= MIN_DUPLICATE_SHINGLE_SHARE, `${link.b} shares ${shared.toFixed(2)} of its 5-grams`);
        assert.notEqual(a.body_first, b.body_first, "a near-duplicate starts differently");
      }
    }
    assert.ok(manifest.links.some((l) => l.kind === "translation"));
    assert.ok(manifest.links.some((l) => l.kind === "duplicate"));
  });
});

describe("samples articles", () => {
  for (const entry of manifest.articles) {
    const name = entry.line ? `${entry.file}:${entry.line}` : entry.file;
    test(`samples_article_${name}_matches_its_manifest_entry`, () => {
      const bytes = readBytes(entry.file);
      if (entry.charset === "utf-8") assert.doesNotThrow(() => utf8.decode(bytes), "not valid UTF-8");
      else {
        assert.throws(() => utf8.decode(bytes), "a legacy-charset file must not also be valid UTF-8");
        assert.ok(iconv.encodingExists(entry.charset));
      }
      const content = contentOf(entry);
      assert.ok(!content.includes("\uFFFD"), "replacement characters after decoding");
      if (entry.title && entry.format !== "jsonl") assert.ok(content.includes(entry.title), "title not on the page");

      const body = bodyOf(entry);
      assert.ok(body, "body_first/body_last not found in order");
      assert.ok(body.length >= MIN_BODY_CHARS && body.length <= MAX_BODY_CHARS, `body is ${body.length} chars`);
      for (const text of entry.must_not_contain) assert.ok(content.includes(text), `boilerplate "${text}" is not on the page`);
      for (const [key, surfaces] of Object.entries(entry.entities)) {
        assert.ok(key in manifest.entity_names, `entity ${key} has no display name`);
        for (const surface of surfaces) assert.ok(body.includes(surface), `"${surface}" not in the body`);
      }
      for (const time of entry.times) assert.ok(body.includes(time.surface), `time "${time.surface}" not in the body`);
      for (const event of entry.events ?? []) {
        assert.ok(PLOVER_TYPES.has(event.type), `event type ${event.type}`);
        assert.ok(content.includes(event.evidence_contains), `event evidence "${event.evidence_contains}" not on the page`);
        const keys = [...event.actors, ...event.targets, ...(event.place ? [event.place] : [])];
        for (const key of keys) assert.ok(key in manifest.entity_names, `event entity ${key} has no display name`);
      }

      if (entry.published) {
        assert.ok(PRECISIONS.has(entry.published.precision));
        const when = Date.parse(entry.published.value);
        assert.ok(!Number.isNaN(when), `published ${entry.published.value} is not ISO 8601`);
        assert.ok(when <= Date.parse(manifest.reference_time), "published after the reference time");
      }
    });
  }
});
