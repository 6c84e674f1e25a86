// The shipped recognizer model (resources/entities/ner-model.bin.gz), read once on first use.
// Built by `npm run train -- entities` (scripts/train-entities.ts).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { shippedResourceDir } from "../../pipeline/shipped-resources.ts";
import { type NerModel, parseModel } from "./model.ts";

export const NER_MODEL_FILE = "ner-model.bin.gz";

/** resources/entities of the installed package: the nearest one above this module. */
export function entitiesResourceDir(): string | undefined {
  return shippedResourceDir("entities", NER_MODEL_FILE);
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
