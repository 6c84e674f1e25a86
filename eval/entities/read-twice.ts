// Documents read twice, as `ingest` then `ingest --reanalyze` read a story: the first pass's confident
// names are the corpus evidence of the second (src/entities/recognize/corpus-names.ts).

import { addArticleEvidence, type CorpusNames, type EvidenceMention } from "../../src/entities/recognize/corpus-names.ts";

/** Both passes' spans, per document in input order. */
export function readTwice<D, S extends EvidenceMention>(
  docs: readonly D[],
  langOf: (doc: D) => string,
  recognizeOne: (doc: D, corpus?: CorpusNames) => S[],
): { first: S[][]; second: S[][] } {
  const first = docs.map((d) => recognizeOne(d));
  const names: CorpusNames = new Map();
  for (const [i, d] of docs.entries()) addArticleEvidence(names, first[i] ?? [], langOf(d));
  return { first, second: docs.map((d) => recognizeOne(d, names)) };
}
