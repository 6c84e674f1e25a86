// The shipped recognizer model (resources/entities/ner-model.bin.gz), read once on first use.
// Built by `npm run train -- entities` (scripts/train-entities.ts).

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type NerModel, parseModel } from "./model.ts";

export const NER_MODEL_FILE = "ner-model.bin.gz";

/** resources/entities of the installed package: the nearest one above this module. */
export function entitiesResourceDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "resources", "entities");
    if (existsSync(join(candidate, NER_MODEL_FILE))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

let cached: NerModel | null | undefined;

/** The shipped model, or null when the package has none (the stage then reports it). */
export function shippedNerModel(): NerModel | null {
  if (cached === undefined) {
    const dir = entitiesResourceDir();
    cached = dir ? parseModel(readFileSync(join(dir, NER_MODEL_FILE))) : null;
  }
  return cached;
}
