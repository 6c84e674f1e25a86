// Metadata that a scraper wrote as fields at the top of its dump: YAML front matter (`title: …` between
// `---` fences) or a reader's key-value header ("Title: …", "Published Time: …", "Markdown Content:").

import type { PublishedDate } from "../../model/doc.ts";
import { parseStatedDate } from "../date/stated-date.ts";
import type { PageLine } from "./lines.ts";

/** Field names (lowercase) of the title, the authors and the publication date in a dump's header. */
export const FRONT_MATTER_FIELDS: Readonly<Record<string, "title" | "author" | "published">> = {
  title: "title",
  author: "author",
  authors: "author",
  byline: "author",
  date: "published",
  published: "published",
  "published time": "published",
  "published at": "published",
  "publication date": "published",
  pubdate: "published",
};
/** Lines at the top of a dump read for fields. */
export const MAX_FRONT_MATTER_LINES = 12;

const FIELD_RE = /^\s*([A-Za-z][A-Za-z _-]{1,24}):\s+(.+?)\s*$/;

export interface FrontMatter {
  title?: string;
  author?: string[];
  published?: PublishedDate;
  /** Indices of the lines that were fields. */
  lines: Set<number>;
}

/** The fields at the top of a dump; a field line counts only in a run of at least two of them. */
export function readFrontMatter(lines: PageLine[], now: string): FrontMatter {
  const out: FrontMatter = { lines: new Set() };
  const found: { index: number; key: string; value: string }[] = [];
  for (const line of lines.slice(0, MAX_FRONT_MATTER_LINES)) {
    const m = FIELD_RE.exec(line.raw);
    if (!m) {
      if (found.length > 0 && line.raw.trim() !== "---") break;
      continue;
    }
    found.push({ index: line.index, key: m[1].toLowerCase().replace(/[_-]/g, " ").trim(), value: m[2].replace(/^["']|["']$/g, "") });
  }
  if (found.length < 2) return out;
  for (const f of found) {
    out.lines.add(f.index);
    const field = FRONT_MATTER_FIELDS[f.key];
    if (field === "title" && !out.title) out.title = f.value;
    else if (field === "author" && !out.author) out.author = f.value.split(/\s*(?:,|;|&|\band\b)\s*/).filter(Boolean);
    else if (field === "published" && !out.published) out.published = parseStatedDate(f.value, now, "front-matter") ?? undefined;
  }
  return out;
}
