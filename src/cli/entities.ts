// crossnews entities: the entities found in the stored articles, with their aliases by language and
// script, mention and article counts, first and last seen.

import { ENTITY_TYPES, type EntityType } from "../model/doc.ts";
import type { EntityAlias, EntitySummary } from "../store/store.ts";
import { type Command, EXIT_OK, EXIT_USAGE } from "./command.ts";
import { parseCommandArgs, SHARED_HELP, UsageError } from "./options.ts";
import { parseFormat, parseLimit, withExistingStore } from "./store-command.ts";
import { renderColumns } from "./text-table.ts";

export const DEFAULT_ENTITY_LIMIT = 50;

const OPTIONS = {
  db: { type: "string" },
  type: { type: "string" },
  lang: { type: "string" },
  limit: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = [
  "usage: crossnews entities [options]",
  "",
  "List the entities of the stored articles, most mentioned first: canonical name, type, id,",
  "aliases by language and script, mention and article counts, first and last seen.",
  "",
  "options:",
  SHARED_HELP.db,
  `  --type T           only ${ENTITY_TYPES.join(", ")}`,
  "  --lang CODE        only mentions in articles of this language",
  `  --limit N          at most N entities (default ${DEFAULT_ENTITY_LIMIT})`,
  "  --format F         table (default) or jsonl",
  SHARED_HELP.help,
].join("\n");

export function parseEntityType(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase() as EntityType;
  if (!ENTITY_TYPES.includes(upper)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(", ")}, got \`${value}\``);
  return upper;
}

/** Forms grouped by `lang/Script`, groups and forms in the order given (most mentioned first). */
export function aliasGroups(aliases: readonly EntityAlias[]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const a of aliases) {
    const key = `${a.lang}/${a.script}`;
    const forms = groups.get(key) ?? [];
    forms.push(a.form);
    groups.set(key, forms);
  }
  return [...groups];
}

/** `uk/Cyrl: Путін, Путіна · en/Latn: Putin`: forms grouped by language and script, most mentioned first. */
export function formatAliases(aliases: readonly EntityAlias[]): string {
  return aliasGroups(aliases)
    .map(([key, forms]) => `${key}: ${forms.join(", ")}`)
    .join(" · ");
}

/** `lexicon:alias 12 · key 3`: the evidence that joined the mentions, most used first. */
export function formatLinks(links: readonly { link: string; mentions: number }[]): string {
  return links.map((l) => `${l.link} ${l.mentions}`).join(" · ");
}

/** The table of `entities`; `filters` (`--type PER`) say what an empty list was asked for. */
export function renderEntities(entities: readonly EntitySummary[], aliasChars = 80, filters: readonly string[] = []): string {
  if (entities.length === 0) {
    return filters.length > 0
      ? `no entities match ${filters.join(" ")}`
      : "no entities stored (the stored articles carry no entity mentions)";
  }
  return renderColumns(
    [
      { header: "name", max: 32 },
      { header: "type" },
      { header: "mentions", align: "right" },
      { header: "articles", align: "right" },
      { header: "first seen" },
      { header: "last seen" },
      { header: "id", max: 24 },
      { header: "linked by", max: 40 },
      { header: "aliases", max: aliasChars },
    ],
    entities.map((e) => [
      e.name,
      e.type,
      String(e.mentions),
      String(e.articles),
      e.firstSeen.slice(0, 10),
      e.lastSeen.slice(0, 10),
      e.id,
      formatLinks(e.links),
      formatAliases(e.aliases),
    ]),
  );
}

export const command: Command = {
  name: "entities",
  summary: "list the entities of the stored articles",
  usage: USAGE,
  async run(argv) {
    let values: ReturnType<typeof parseCommandArgs<typeof OPTIONS>>["values"];
    let type: EntityType | undefined;
    let format: ReturnType<typeof parseFormat>;
    let limit: number;
    try {
      const parsed = parseCommandArgs(argv, OPTIONS);
      values = parsed.values;
      if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      }
      if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument \`${parsed.positionals[0]}\``);
      type = parseEntityType(values.type);
      format = parseFormat(values.format);
      limit = parseLimit(values.limit, DEFAULT_ENTITY_LIMIT);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`crossnews entities: ${error.message}\n\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    return withExistingStore("entities", values.db, async (store) => {
      const list = await store.entities({ limit, ...(type && { type }), ...(values.lang && { lang: values.lang }) });
      if (format === "jsonl") process.stdout.write(list.map((e) => `${JSON.stringify(e)}\n`).join(""));
      else {
        const filters = [...(type ? [`--type ${type}`] : []), ...(values.lang ? [`--lang ${values.lang}`] : [])];
        process.stdout.write(`${renderEntities(list, undefined, filters)}\n`);
      }
      return EXIT_OK;
    });
  },
};
