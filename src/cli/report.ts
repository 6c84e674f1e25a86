// crossnews report: what crossnews has found so far in the store: articles per language, the top
// entities with their aliases across languages, and the corpus links and storylines (when any exist).

import type { EntitySummary, Store } from "../store/store.ts";
import { type Command, EXIT_OK, EXIT_USAGE } from "./command.ts";
import { aliasGroups } from "./entities.ts";
import { parseCommandArgs, SHARED_HELP, UsageError } from "./options.ts";
import { parseLimit, withExistingStore } from "./store-command.ts";

export const DEFAULT_REPORT_ENTITIES = 15;

const OPTIONS = {
  db: { type: "string" },
  limit: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = [
  "usage: crossnews report [options]",
  "",
  "Print what crossnews found in the stored articles: languages, top entities and their aliases",
  "across languages, links and storylines.",
  "",
  "options:",
  SHARED_HELP.db,
  `  --limit N          top N entities (default ${DEFAULT_REPORT_ENTITIES})`,
  SHARED_HELP.help,
].join("\n");

/** Forms shown per language and script in the report; the rest are counted. */
export const REPORT_FORMS_PER_GROUP = 4;

/** `Name (TYPE, id): N mentions in M articles, first … last`, then one line per language and script. */
export function entityBlock(e: EntitySummary): string[] {
  const seen =
    e.firstSeen.slice(0, 10) === e.lastSeen.slice(0, 10)
      ? e.firstSeen.slice(0, 10)
      : `${e.firstSeen.slice(0, 10)} … ${e.lastSeen.slice(0, 10)}`;
  const head = `${e.name} (${e.type}, ${e.id}): ${e.mentions} mention${e.mentions === 1 ? "" : "s"} in ${e.articles} article${e.articles === 1 ? "" : "s"}, ${seen}`;
  const groups = aliasGroups(e.aliases).map(([key, forms]) => {
    const shown = forms.slice(0, REPORT_FORMS_PER_GROUP).join(", ");
    const more = forms.length > REPORT_FORMS_PER_GROUP ? ` (+${forms.length - REPORT_FORMS_PER_GROUP} more)` : "";
    return `    ${key}: ${shown}${more}`;
  });
  return [`  ${head}`, ...groups];
}

export async function buildReport(store: Store, entityLimit: number): Promise<string> {
  const counts = await store.counts();
  const lines: string[] = [`crossnews report: ${store.location}`, ""];
  const superseded = counts.versions - counts.articles;
  lines.push(
    `articles: ${counts.articles} from ${counts.sources} sources` +
      (superseded > 0 ? ` (plus ${superseded} superseded version${superseded === 1 ? "" : "s"})` : ""),
  );
  const langs = Object.entries(counts.byLang);
  lines.push(`languages: ${langs.length > 0 ? langs.map(([lang, n]) => `${lang} ${n}`).join(" · ") : "none"}`);
  const { first, last, dated } = counts.published;
  lines.push(
    first && last
      ? `published: ${first.slice(0, 10)} … ${last.slice(0, 10)} (${dated} of ${counts.articles} dated)`
      : "published: no dates found",
    "",
  );
  if (counts.mentions === 0) {
    lines.push("entities: none stored yet (the stored articles carry no entity mentions)");
  } else {
    lines.push(`entities: ${counts.entities} distinct, ${counts.mentions} mentions; top ${Math.min(entityLimit, counts.entities)}:`, "");
    for (const e of await store.entities({ limit: entityLimit })) lines.push(...entityBlock(e));
  }
  // The store has no link or storyline tables yet: the corpus stages (duplicates, translations,
  // clusters, storylines) have not landed. They add their sections here when they do.
  lines.push("", "links and storylines: none yet (no corpus stage has run on this store)");
  return lines.join("\n");
}

export const command: Command = {
  name: "report",
  summary: "print what crossnews found in the store",
  usage: USAGE,
  async run(argv) {
    let values: ReturnType<typeof parseCommandArgs<typeof OPTIONS>>["values"];
    let limit: number;
    try {
      const parsed = parseCommandArgs(argv, OPTIONS);
      values = parsed.values;
      if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      }
      if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument \`${parsed.positionals[0]}\``);
      limit = parseLimit(values.limit, DEFAULT_REPORT_ENTITIES);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`crossnews report: ${error.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    return withExistingStore("report", values.db, async (store) => {
      process.stdout.write(`${await buildReport(store, limit)}\n`);
      return EXIT_OK;
    });
  },
};
