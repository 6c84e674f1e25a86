// Where the package's shipped resources (resources/<folder>/, beside src/ or dist/) are found at run time.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** How many folders up from this module to look for resources/ (src/pipeline, dist/src/pipeline, …). */
export const MAX_RESOURCE_SEARCH_DEPTH = 6;

/** resources/<folder> of the installed package, the nearest one above this module that holds `file`. */
export function shippedResourceDir(folder: string, file: string): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < MAX_RESOURCE_SEARCH_DEPTH; i++) {
    const candidate = join(dir, "resources", folder);
    if (existsSync(join(candidate, file))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}
