// The corpus evidence a run reads from a store: its articles' confidently recognized names, counted by
// article (src/entities/recognize/corpus-names.ts), for `ingest` and `analyze --evidence`.

import { addArticleEvidence, CORPUS_EVIDENCE_MIN_SCORE, type CorpusNames } from "../entities/recognize/corpus-names.ts";
import type { Store } from "../store/store.ts";

/**
 * The store's confidently recognized names as evidence for this run's entities. Read once, before the
 * run, so that an article's analysis does not depend on the batch or worker it fell in; `--reanalyze`
 * gives the first articles of a story what the later ones taught.
 */
export async function storedCorpusNames(store: Store): Promise<CorpusNames> {
  const names: CorpusNames = new Map();
  const rows = await store.confidentMentions(CORPUS_EVIDENCE_MIN_SCORE);
  for (let i = 0; i < rows.length; ) {
    const first = rows[i] as (typeof rows)[number];
    let j = i + 1;
    while (j < rows.length && rows[j]?.article === first.article) j++;
    addArticleEvidence(names, rows.slice(i, j), first.lang);
    i = j;
  }
  return names;
}
