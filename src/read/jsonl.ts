// JSON Lines input: one article per line (`url`, `html` or `text`, optional `id`, `title`, `published`,
// `source`, `lang`, and HTTP-style `charset` / `content_type`). A bad line fails only that line.

import type { InputFormat, InputHints, RawDoc } from "../model/doc.ts";
import { charsetFromContentType } from "./charset-label.ts";
import { type ReadItem, readFailure } from "./read-failure.ts";

type Json = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** `source` may be a site name, or an object with `url` / `site` / `name`. */
function sourceHints(source: unknown): Pick<InputHints, "site" | "url"> {
  if (typeof source === "string") return source.trim() === "" ? {} : { site: source };
  if (source === null || typeof source !== "object") return {};
  const s = source as Json;
  const site = text(s.site) ?? text(s.name);
  const url = text(s.url);
  return { ...(site !== undefined && { site }), ...(url !== undefined && { url }) };
}

function recordHints(record: Json): InputHints {
  const contentType = text(record.content_type) ?? text(record.contentType);
  const charset = text(record.charset) ?? charsetFromContentType(contentType);
  const fromSource = sourceHints(record.source);
  const hints: InputHints = {
    id: text(record.id),
    url: text(record.url) ?? fromSource.url,
    title: text(record.title),
    published: text(record.published),
    site: text(record.site) ?? fromSource.site,
    lang: text(record.lang),
    charset,
  };
  return Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined)) as InputHints;
}

function formatOf(record: Json, field: "html" | "text"): InputFormat {
  if (field === "html") return "html";
  const declared = `${text(record.format) ?? ""} ${text(record.content_type) ?? ""}`.toLowerCase();
  return declared.includes("markdown") ? "markdown" : "text";
}

/** Body fields, in order of preference. `*_base64` carry undecoded bytes, decoded later with the `charset` hint. */
const BODY_FIELDS = [
  ["html", "html", false],
  ["text", "text", false],
  ["html_base64", "html", true],
  ["text_base64", "text", true],
] as const;

/** Where JSONL lines come from: `name` for messages (the path, or `-`), the file's `path` and `mtime` when a file. */
export interface JsonlSource {
  name: string;
  path?: string;
  mtime?: string;
}

/** One JSONL line to a RawDoc, or a failure naming `name:LINE`. */
export function parseJsonlRecord(line: string, lineNo: number, source: JsonlSource): ReadItem {
  const input = `${source.name}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return readFailure("read/bad-jsonl", input, { detail: error instanceof Error ? error.message : String(error) });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return readFailure("read/bad-jsonl", input, {
      detail: `a JSON ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}`,
    });
  }
  const record = value as Json;
  const body = BODY_FIELDS.find(([field]) => record[field] !== undefined && record[field] !== null);
  if (!body) return readFailure("read/bad-jsonl", input, { detail: "neither `html` nor `text` is given" });
  const [field, kind, base64] = body;
  const raw = record[field];
  if (typeof raw !== "string") return readFailure("read/bad-jsonl", input, { detail: `\`${field}\` is a ${typeof raw}, not a string` });
  if (raw.trim() === "") return readFailure("read/empty-record", input, { field });
  const doc: RawDoc = {
    input,
    ...(source.path !== undefined && { path: source.path }),
    format: formatOf(record, kind),
    hints: recordHints(record),
    ...(source.mtime !== undefined && { mtime: source.mtime }),
  };
  if (!base64) return { ...doc, content: raw };
  const bytes = Buffer.from(raw, "base64");
  if (bytes.length === 0) return readFailure("read/bad-jsonl", input, { detail: `\`${field}\` is not base64` });
  return { ...doc, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Every record of a JSONL file's text, in line order; blank lines are skipped. */
export function* parseJsonl(content: string, source: JsonlSource): Generator<ReadItem> {
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "").replace(/^\ufeff/, "");
    if (line.trim() === "") continue;
    yield parseJsonlRecord(line, i + 1, source);
  }
}
