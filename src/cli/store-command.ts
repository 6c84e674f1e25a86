// What the commands that read the store share: --db resolution, opening an existing database,
// --format and --limit parsing, and turning store errors into one stderr line.

import { isCrossnewsError } from "../model/message.ts";
import { openStore } from "../store/open.ts";
import type { Store } from "../store/store.ts";
import { EXIT_SOME_FAILED } from "./command.ts";
import { resolveDbPath, UsageError } from "./options.ts";

export type OutputFormat = "table" | "jsonl";

export function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined || value === "table" || value === "jsonl") return value ?? "table";
  throw new UsageError(`--format must be table or jsonl, got \`${value}\``);
}

export function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit must be a whole number of at least 1, got \`${value}\``);
  return n;
}

/** Open the existing database named by --db / CROSSNEWS_DB / ./crossnews.db, run `fn`, close it. */
export async function withExistingStore(
  commandName: string,
  dbFlag: string | undefined,
  fn: (store: Store) => Promise<number>,
): Promise<number> {
  let store: Store;
  try {
    store = await openStore(resolveDbPath(dbFlag), { create: false });
  } catch (error) {
    if (!isCrossnewsError(error)) throw error;
    process.stderr.write(`crossnews ${commandName}: ${error.message}\n`);
    return EXIT_SOME_FAILED;
  }
  try {
    return await fn(store);
  } catch (error) {
    if (!isCrossnewsError(error)) throw error;
    process.stderr.write(`crossnews ${commandName}: ${error.message}\n`);
    return EXIT_SOME_FAILED;
  } finally {
    await store.close();
  }
}

/** A date prefix for --from / --to: `2026`, `2026-05` or `2026-05-01`. */
export function parseDatePrefix(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(value)) {
    throw new UsageError(`${flag} must be a date such as 2026, 2026-05 or 2026-05-01, got \`${value}\``);
  }
  return value;
}
