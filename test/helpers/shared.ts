// Tests read real data only from ../shared and skip with a clear message when it is absent.

import { existsSync } from "node:fs";
import { sharedPath } from "../../eval/shared.ts";

export { sharedPath };

/** `{ skip: reason }` for node:test when a ../shared path is missing, else `{}`. */
export function needsShared(...parts: string[]): { skip?: string } {
  const path = sharedPath(...parts);
  return existsSync(path) ? {} : { skip: `missing ${path} (the shared evaluation data is not beside the repository)` };
}
