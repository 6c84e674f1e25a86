// The shape of a per-article stage (STYLE.md rule 1): a pure function from a doc to a richer doc,
// declaring which layers it requires and which it adds so the pipeline can check the order.

import type { CorpusNames } from "../entities/recognize/corpus-names.ts";
import type { Doc, LayerName } from "../model/doc.ts";

/** Options and resources handed to every stage; resolved once in src/cli/ (STYLE.md rule 6). */
export interface StageContext {
  /** Treat the input as clean article text: `extract` keeps it exactly as given. */
  noExtract: boolean;
  /** The types names had where they were recognized confidently in the store's articles (`ingest`): evidence for entities. */
  corpusNames?: CorpusNames;
}

export interface Stage {
  name: string;
  requires: readonly LayerName[];
  adds: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): Doc;
}

export const DEFAULT_CONTEXT: StageContext = { noExtract: false };
