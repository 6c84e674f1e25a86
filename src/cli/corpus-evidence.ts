// The corpus evidence a run reads from a store: its articles' confidently recognized names, counted by
// article (src/entities/recognize/corpus-names.ts), for `ingest` and `analyze --evidence`.

import { addArticleEvidence, CORPUS_EVIDENCE_MIN_SCORE, type CorpusNames } from "../entities/recognize/corpus-names.ts";
import type { ConfidentMention, Store } from "../store/store.ts";

/**
 * The store's confidently recognized names as evidence for this run's entities. Read once, before the
 * run, so that an article's analysis does not depend on the batch or worker it fell in; `--reanalyze`
 * gives the first articles of a story what the later ones taught. (An empty store's first ingest reads its
 * inputs twice instead: src/cli/ingest.ts.)
 */
export async function storedCorpusNames(store: Store): Promise<CorpusNames> {
  const names: CorpusNames = new Map();
  let article: ConfidentMention[] = [];
  for await (const m of store.confidentMentions(CORPUS_EVIDENCE_MIN_SCORE)) {
    if (article.length > 0 && article[0]?.article !== m.article) {
      addArticleEvidence(names, article, article[0]?.lang ?? "");
      article = [];
    }
    article.push(m);
  }
  if (article.length > 0) addArticleEvidence(names, article, article[0]?.lang ?? "");
  return names;
}
