// crossnews search QUERY: full-text search of the stored articles, across scripts (Путін = Путин = Putin).

import type { SearchHit } from "../store/store.ts";
import { type Command, EXIT_OK, EXIT_USAGE } from "./command.ts";
import { parseCommandArgs, SHARED_HELP, UsageError } from "./options.ts";
import { parseDatePrefix, parseFormat, parseLimit, withExistingStore } from "./store-command.ts";
import { renderColumns } from "./text-table.ts";

export const DEFAULT_SEARCH_LIMIT = 20;

const OPTIONS = {
  db: { type: "string" },
  lang: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  limit: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = [
  "usage: crossnews search [options] QUERY...",
  "",
  "Find stored articles: every word must match, in any script (Путін, Путин and Putin meet). Best first.",
  "",
  "options:",
  SHARED_HELP.db,
  "  --lang CODE        only articles in this language (ISO 639-1, e.g. uk)",
  "  --from DATE        published on or after DATE (2026, 2026-05 or 2026-05-01)",
  "  --to DATE          published on or before DATE (inclusive)",
  `  --limit N          at most N hits (default ${DEFAULT_SEARCH_LIMIT})`,
  "  --format F         table (default) or jsonl",
  SHARED_HELP.help,
].join("\n");

function sourceName(hit: SearchHit): string {
  return hit.source.url ?? hit.source.path ?? hit.source.id ?? "";
}

/** Characters of the excerpt shown under each hit in the table. */
export const TABLE_SNIPPET_CHARS = 120;

/** One row per hit, each followed by an indented excerpt around the first match. */
export function renderHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return "no matches";
  const [header, ...rows] = renderColumns(
    [
      { header: "score", align: "right" },
      { header: "published" },
      { header: "lang" },
      { header: "title", max: 60 },
      { header: "source", max: 60 },
      { header: "id" },
    ],
    hits.map((h) => [h.score.toFixed(2), h.published?.slice(0, 16) ?? "–", h.lang ?? "–", h.title ?? "(untitled)", sourceName(h), h.id]),
  ).split("\n");
  const excerpt = (s: string) => {
    const chars = Array.from(s);
    return chars.length > TABLE_SNIPPET_CHARS ? `${chars.slice(0, TABLE_SNIPPET_CHARS - 1).join("")}…` : s;
  };
  return [header, ...rows.flatMap((row, i) => [row, `       ${excerpt(hits[i].snippet)}`])].join("\n");
}

export const command: Command = {
  name: "search",
  summary: "full-text search of the stored articles",
  usage: USAGE,
  async run(argv) {
    let values: ReturnType<typeof parseCommandArgs<typeof OPTIONS>>["values"];
    let query: string;
    let format: ReturnType<typeof parseFormat>;
    let limit: number;
    let from: string | undefined;
    let to: string | undefined;
    try {
      const parsed = parseCommandArgs(argv, OPTIONS);
      values = parsed.values;
      if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      }
      query = parsed.positionals.join(" ").trim();
      if (query === "") throw new UsageError("no query given");
      format = parseFormat(values.format);
      limit = parseLimit(values.limit, DEFAULT_SEARCH_LIMIT);
      from = parseDatePrefix("--from", values.from);
      to = parseDatePrefix("--to", values.to);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`crossnews search: ${error.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    return withExistingStore("search", values.db, async (store) => {
      const hits = await store.search({
        text: query,
        limit,
        ...(values.lang && { lang: values.lang }),
        ...(from && { from }),
        ...(to && { to }),
      });
      if (format === "jsonl") process.stdout.write(hits.map((h) => `${JSON.stringify(h)}\n`).join(""));
      else process.stdout.write(`${renderHits(hits)}\n`);
      return EXIT_OK;
    });
  },
};
