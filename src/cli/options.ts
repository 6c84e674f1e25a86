// Shared command-line options: flag parsing with node:util parseArgs and the one place where flags,
// CROSSNEWS_* environment variables and defaults are resolved, in that order (DESIGN.md "Configuration").

import { availableParallelism } from "node:os";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { DEFAULT_READ_MAX_BYTES } from "../read/read-inputs.ts";

export { formatBytes } from "../read/format-bytes.ts";

/** Environment variables crossnews reads, by option. Only src/cli/ reads them (STYLE.md rule 6). */
export const ENV = {
  db: "CROSSNEWS_DB",
  now: "CROSSNEWS_NOW",
  maxBytes: "CROSSNEWS_MAX_BYTES",
  jobs: "CROSSNEWS_JOBS",
} as const;

export const DEFAULT_DB_PATH = "crossnews.db";
/** Inputs above this size are refused (`read/too-large`). */
export const DEFAULT_MAX_BYTES = DEFAULT_READ_MAX_BYTES;

/** A usage error: the command prints it with its usage line and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type Env = Record<string, string | undefined>;
type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Option specs shared by the commands; a command spreads the ones it takes into its own config. */
export const SHARED_OPTIONS = {
  db: { type: "string" },
  now: { type: "string" },
  "max-bytes": { type: "string" },
  jobs: { type: "string", short: "j" },
  help: { type: "boolean", short: "h" },
} as const satisfies OptionsConfig;

/** Help lines for the shared options, for a command's `--help`. */
export const SHARED_HELP: Record<keyof typeof SHARED_OPTIONS, string> = {
  db: `  --db FILE          the database (env ${ENV.db}; default ./${DEFAULT_DB_PATH})`,
  now: `  --now ISO-8601     reference time for resolving dates (env ${ENV.now}; default: the file's mtime, else now)`,
  "max-bytes": `  --max-bytes N      refuse inputs larger than N bytes; K/M/G suffixes (env ${ENV.maxBytes}; default 20M)`,
  jobs: `  -j, --jobs N       worker threads for analysis (env ${ENV.jobs}; default: available cores)`,
  help: "  -h, --help         show this help",
};

/** parseArgs in strict mode with positionals; any parse problem becomes a UsageError. */
export function parseCommandArgs<T extends OptionsConfig>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, "") : String(error));
  }
}

/** The first defined value among the flag and the environment variable (empty strings count as unset). */
function pick(flag: string | undefined, env: Env, name: string): { value: string; from: string } | undefined {
  if (flag !== undefined) return { value: flag, from: "flag" };
  const fromEnv = env[name];
  if (fromEnv !== undefined && fromEnv !== "") return { value: fromEnv, from: name };
  return undefined;
}

/** `--db` / CROSSNEWS_DB / ./crossnews.db */
export function resolveDbPath(flag: string | undefined, env: Env = process.env): string {
  const picked = pick(flag, env, ENV.db);
  if (picked && picked.value.trim() === "") throw new UsageError("--db needs a file name");
  return picked?.value ?? DEFAULT_DB_PATH;
}

/** ISO 8601 date or date-time: `2026-06-27`, `2026-06-27T12:00`, `2026-06-27T12:00:00.000Z`, `…+03:00`. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function isIsoDateTime(value: string): boolean {
  if (!ISO_8601.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.parse accepts 2026-02-31; a real calendar date must round-trip.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return !Number.isNaN(Date.parse(value.replace(" ", "T").replace(/([+-]\d{2})(\d{2})$/, "$1:$2")));
}

/** `--now` / CROSSNEWS_NOW / undefined (the caller then uses the file's mtime, else the clock). Kept as written. */
export function resolveNow(flag: string | undefined, env: Env = process.env): string | undefined {
  const picked = pick(flag, env, ENV.now);
  if (!picked) return undefined;
  const value = picked.value.trim();
  if (!isIsoDateTime(value)) {
    const where = picked.from === "flag" ? "--now" : picked.from;
    throw new UsageError(
      `${where} must be an ISO 8601 date or date-time (e.g. 2026-06-27 or 2026-06-27T12:00:00Z), got \`${picked.value}\``,
    );
  }
  return value;
}

const SIZE = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i;
const SIZE_UNIT: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `--max-bytes` / CROSSNEWS_MAX_BYTES / 20 MB. Accepts `1048576`, `512K`, `20M`, `1G`, `20MB`. */
export function resolveMaxBytes(flag: string | undefined, env: Env = process.env): number {
  const picked = pick(flag, env, ENV.maxBytes);
  if (!picked) return DEFAULT_MAX_BYTES;
  const match = SIZE.exec(picked.value.trim());
  const unit = SIZE_UNIT[(match?.[2] ?? "").charAt(0).toLowerCase()];
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    const where = picked.from === "flag" ? "--max-bytes" : picked.from;
    throw new UsageError(`${where} must be a positive size such as 20M or 1048576, got \`${picked.value}\``);
  }
  return bytes;
}

/** `--jobs` / CROSSNEWS_JOBS / available cores. */
export function resolveJobs(flag: string | undefined, env: Env = process.env): number {
  const picked = pick(flag, env, ENV.jobs);
  if (!picked) return Math.max(1, availableParallelism());
  const jobs = Number(picked.value.trim());
  if (!Number.isInteger(jobs) || jobs < 1) {
    const where = picked.from === "flag" ? "--jobs" : picked.from;
    throw new UsageError(`${where} must be a whole number of at least 1, got \`${picked.value}\``);
  }
  return jobs;
}
