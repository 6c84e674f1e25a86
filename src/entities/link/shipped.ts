// The shipped lexicon and base-form rules (resources/lexicon/), read when this module loads and
// searched or unpacked (a language at a time) as documents need them.
// Without them every name is its own base form and every id comes from the key.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { shippedResourceDir } from "../../pipeline/shipped-resources.ts";
import { shippedNerModel } from "../recognize/shipped.ts";
import { compiledLexiconStore } from "./compiled-lexicon.ts";
import { lemmaModelParts } from "./lemma-file.ts";
import type { LemmaModelData } from "./lemma-model.ts";
import { Lemmatizer } from "./lemmatizer.ts";
import { Lexicon, type LexiconData } from "./lexicon.ts";
import { Linker } from "./linker.ts";

/** The compiled lexicon (`compileLexicon` in compiled-lexicon.ts), gzipped. */
export const LEXICON_FILE = "lexicon.bin.gz";
/** The base-form model packed by language (`packLemmaModel` in lemma-file.ts). */
export const LEMMA_RULES_FILE = "lemma-rules.bin";

/** resources/lexicon of the installed package: the nearest one above this module. */
export function lexiconDir(): string | undefined {
  return shippedResourceDir("lexicon", LEXICON_FILE);
}

function readGzip(path: string): Buffer | undefined {
  return existsSync(path) ? gunzipSync(readFileSync(path)) : undefined;
}

const EMPTY_LEXICON: LexiconData = { version: 1, entities: [] };
const EMPTY_RULES: LemmaModelData = { version: 1, tables: {}, forms: {}, vocab: {} };

function loadShipped(): Linker {
  const dir = lexiconDir();
  const compiled = dir ? readGzip(join(dir, LEXICON_FILE)) : undefined;
  const lexicon = compiled ? compiledLexiconStore(compiled) : EMPTY_LEXICON;
  const rulesPath = dir ? join(dir, LEMMA_RULES_FILE) : undefined;
  const rules = rulesPath && existsSync(rulesPath) ? lemmaModelParts(readFileSync(rulesPath)) : EMPTY_RULES;
  // The words of the news the shipped recognizer's clusters were learned from: read from its model on first use.
  const newsWords = { has: (word: string) => shippedNerModel()?.clusters?.has(word) === true };
  return new Linker(new Lexicon(lexicon), new Lemmatizer(rules, newsWords));
}

/** The linker over the shipped resources, built once. */
export const SHIPPED_LINKER: Linker = loadShipped();
