// The shipped lexicon and base-form rules (resources/lexicon/), read once when this module loads.
// Without them every name is its own base form and every id comes from the key.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { shippedResourceDir } from "../../pipeline/shipped-resources.ts";
import type { LemmaModelData } from "./lemma-model.ts";
import { Lemmatizer } from "./lemmatizer.ts";
import { Lexicon, type LexiconData } from "./lexicon.ts";
import { Linker } from "./linker.ts";

export const LEXICON_FILE = "lexicon.json.gz";
export const LEMMA_RULES_FILE = "lemma-rules.json.gz";

/** resources/lexicon of the installed package: the nearest one above this module. */
export function lexiconDir(): string | undefined {
  return shippedResourceDir("lexicon", LEXICON_FILE);
}

function readGzipJson<T>(path: string, empty: T): T {
  if (!existsSync(path)) return empty;
  return JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as T;
}

const EMPTY_LEXICON: LexiconData = { version: 1, entities: [] };
const EMPTY_RULES: LemmaModelData = { version: 1, tables: {}, forms: {}, vocab: {} };

function loadShipped(): Linker {
  const dir = lexiconDir();
  const lexicon = dir ? readGzipJson(join(dir, LEXICON_FILE), EMPTY_LEXICON) : EMPTY_LEXICON;
  const rules = dir ? readGzipJson(join(dir, LEMMA_RULES_FILE), EMPTY_RULES) : EMPTY_RULES;
  return new Linker(new Lexicon(lexicon), new Lemmatizer(rules));
}

/** The linker over the shipped resources, built once. */
export const SHIPPED_LINKER: Linker = loadShipped();
