// Where the evaluation data lives: ../shared/eval beside the repository, or CROSSNEWS_SHARED.
// Evaluations read it from there and never copy it into the repository.

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED_DIR = resolve(process.env.CROSSNEWS_SHARED ?? join(REPO_ROOT, "..", "shared"));

/** Absolute path of something under ../shared (e.g. `sharedPath("eval", "slavicner")`). */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** The paths among `parts` (each relative to ../shared) that are missing. */
export function missingShared(paths: string[]): string[] {
  return paths.filter((p) => !existsSync(sharedPath(p)));
}
