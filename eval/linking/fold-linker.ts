// The linker of one leave-one-topic-out fold: the lexicon and base-form rules rebuilt without the held-out
// topic, and the lemmatizer's running-news vocabulary (`AttestedWords`) counted without it too, as the
// shipped linker's is the vocabulary of the shipped recognizer's word clusters.

import { buildLexicon } from "../../scripts/lexicon/build.ts";
import { Lemmatizer } from "../../src/entities/link/lemmatizer.ts";
import { Lexicon } from "../../src/entities/link/lexicon.ts";
import { Linker, type LinkerOptions } from "../../src/entities/link/linker.ts";
import { clusterVocabulary } from "../../src/entities/recognize/clusters.ts";
import { listTopics } from "../../src/entities/recognize/corpus/slavicner.ts";
import { unlabelledTexts } from "../../src/entities/recognize/corpus/unlabelled.ts";
import { SHARED_DIR, sharedPath } from "../shared.ts";

const vocabularies = new Map<string, Set<string>>();

/** The words the fold's clusters are learned from (the unlabelled texts without the held-out topic). */
export function foldVocabulary(heldOut: string): Set<string> {
  let words = vocabularies.get(heldOut);
  if (!words) {
    const evalDir = sharedPath("eval");
    const topics = listTopics(sharedPath("eval", "slavicner")).filter((t) => t !== heldOut);
    words = clusterVocabulary(unlabelledTexts(evalDir, topics));
    vocabularies.set(heldOut, words);
  }
  return words;
}

/** A linker that has never seen `heldOut`, and the gold ids its lexicon was built from (the seen entities). */
export function foldLinker(heldOut: string, options: Partial<LinkerOptions> = {}): { linker: Linker; seenGoldIds: Set<string> } {
  const built = buildLexicon({ sharedDir: SHARED_DIR, excludeTopics: [heldOut] });
  const linker = new Linker(new Lexicon(built.lexicon), new Lemmatizer(built.lemmas, foldVocabulary(heldOut)), options);
  return { linker, seenGoldIds: built.seenGoldIds };
}
