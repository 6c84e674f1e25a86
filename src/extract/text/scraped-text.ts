// Article body and metadata from scraped text or Markdown (the seeds' shape): lines classified from their own
// evidence, the body as the densest run of them, metadata from the lines above it.

import type { PublishedDate } from "../../model/doc.ts";
import { type Message, makeMessage } from "../../model/message.ts";
import { type ClassifiedLine, densestRun, keepInBody, MIN_REPEAT_CHARS } from "./body-core.ts";
import { readFrontMatter } from "./front-matter.ts";
import { endsClause, endsSentence, lineKind, wordCount } from "./line-kinds.ts";
import { type PageLine, splitLines } from "./lines.ts";
import { readHeader, type TextMetadata } from "./metadata.ts";
import { lineKey } from "./site-repetition.ts";

export interface ScrapedTextOptions {
  /** Name of the input, for messages. */
  input: string;
  /** Reference time (ISO 8601) that year-less dates resolve against. */
  now: string;
  format: "text" | "markdown";
  /** Keys (`lineKey`) of lines that other pages of the same site show too: furniture wherever they stand. */
  repeatedLines?: ReadonlySet<string>;
}

export interface ScrapedTextResult {
  text: string;
  title?: string;
  author?: string[];
  site?: string;
  published: PublishedDate | null;
  method: string;
  messages: Message[];
}

function normalizeForRepeat(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Most words of a page's first line that is still its title when long (translated headlines run long). */
export const MAX_LEADING_TITLE_WORDS = 40;

/**
 * The page's first line, read as prose, alone in its block and not ending a sentence or a clause, is its
 * title: a headline long enough to pass for prose (160 characters).
 */
export function isLeadingTitle(lines: PageLine[], i: number): boolean {
  if (i !== 0 || lines.length < 2) return false;
  const line = lines[0];
  if (lines[1].block === line.block || line.links > 0) return false;
  const text = line.text;
  return !endsSentence(text) && !endsClause(text) && wordCount(text) <= MAX_LEADING_TITLE_WORDS && /^[\p{Lu}\p{N}"'«„“‘]/u.test(text);
}

/** Classify every line; a line shown twice or more on the page is marked repeated. */
export function classifyLines(lines: PageLine[], now: string): ClassifiedLine[] {
  const counts = new Map<string, number>();
  const keys = lines.map((l) => normalizeForRepeat(l.text));
  for (const key of keys) if (key.length >= MIN_REPEAT_CHARS) counts.set(key, (counts.get(key) ?? 0) + 1);
  return lines.map((line, i) => {
    const kind = lineKind(line, now);
    return { line, kind: kind === "prose" && isLeadingTitle(lines, i) ? "heading" : kind, repeated: (counts.get(keys[i]) ?? 0) > 1 };
  });
}

/** Lines the site's other pages show too (`repeatedLines`) are its furniture; without the set nothing changes. */
export function markSiteFurniture(classified: ClassifiedLine[], repeated: ReadonlySet<string> | undefined): ClassifiedLine[] {
  if (!repeated || repeated.size === 0) return classified;
  return classified.map((c) => (repeated.has(lineKey(c.line.text)) ? { ...c, kind: "site-furniture" as const } : c));
}

/** Join kept lines into paragraphs: lines of one block form one paragraph unless each ends a sentence. */
export function joinParagraphs(kept: ClassifiedLine[]): string {
  const paragraphs: string[] = [];
  let current = "";
  let prev: ClassifiedLine | undefined;
  for (const c of kept) {
    const sameBlock = prev !== undefined && prev.line.block === c.line.block && prev.line.index === c.line.index - 1;
    const continues =
      sameBlock &&
      (c.kind === "list" ? prev!.kind === "list" : !endsSentence(prev!.line.text) || /^[\p{Ll}–—-]/u.test(c.line.text)) &&
      prev!.kind !== "heading" &&
      c.kind !== "heading";
    if (continues) current += c.kind === "list" ? `\n${c.line.text}` : ` ${c.line.text}`;
    else {
      if (current) paragraphs.push(current);
      current = c.line.text;
    }
    prev = c;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join("\n\n");
}

/**
 * Extract a scraped text page:
 * 1. split into lines with their evidence (markup, links, headings, lists);
 * 2. classify each line (prose, heading, or a kind of furniture); a line other pages of the site show too
 *    (`opts.repeatedLines`) is site furniture;
 * 3. take the body as the densest run of lines (body characters for, furniture against);
 * 4. drop furniture and inserted teaser headlines inside the run, strip markup, join paragraphs;
 * 5. read title, author, site and date from the lines above the body; fields a scraper wrote at the top
 *    (YAML front matter, "Title: …" / "Published Time: …") win over what the lines suggest.
 */
export function extractScrapedText(text: string, opts: ScrapedTextOptions): ScrapedTextResult {
  const messages: Message[] = [];
  const lines = splitLines(text);
  const fields = readFrontMatter(lines, opts.now);
  // Field lines ("Title: …") are the dump's header, never body text.
  const classified = markSiteFurniture(classifyLines(lines, opts.now), opts.repeatedLines).map((c) =>
    fields.lines.has(c.line.index) ? { ...c, kind: "label" as const } : c,
  );
  const header = (end: number) => classified.slice(0, end).filter((c) => !fields.lines.has(c.line.index));
  const withFields = (meta: TextMetadata): TextMetadata => ({
    title: fields.title ?? meta.title,
    author: fields.author ?? meta.author,
    site: meta.site,
    published: fields.published ?? meta.published,
  });
  const method = opts.format === "markdown" ? "text:markdown" : "text:lines";
  const run = densestRun(classified);
  if (!run) {
    messages.push(makeMessage("extract/no-body", "warning", opts.input, { detail: "no line reads as article text" }));
    return { text: "", ...withFields(readHeader(header(classified.length), opts.now)), method, messages };
  }
  const core = classified.slice(run.start, run.end);
  const kept = core.filter((_, i) => keepInBody(core, i));
  const body = joinParagraphs(kept);
  return { text: body, ...withFields(readHeader(header(run.start), opts.now, body)), method, messages };
}
