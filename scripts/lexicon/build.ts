// Builds the lexicon and the base-form model in memory from the permissive data under ../shared,
// optionally leaving topics out (for leave-one-topic-out evaluation). scripts/build-lexicon.ts writes them.

import { type LemmaModelData, learnLemmaModel } from "../../src/entities/link/lemma-model.ts";
import { Lemmatizer } from "../../src/entities/link/lemmatizer.ts";
import type { LexiconData, LexiconEntity } from "../../src/entities/link/lexicon.ts";
import { entitiesFromSlavicNer } from "./from-slavicner.ts";
import { readSlavicNer, slavicNerTopics } from "./slavicner.ts";

export interface BuildOptions {
  /** ../shared (the folder holding eval/). */
  sharedDir: string;
  /** SlavicNER topics to leave out. */
  excludeTopics?: string[];
}

export interface BuiltLexicon {
  lexicon: LexiconData;
  lemmas: LemmaModelData;
  /** Gold ids of the SlavicNER topics used (to tell seen from unseen entities). */
  seenGoldIds: Set<string>;
}

export function buildLexicon(options: BuildOptions): BuiltLexicon {
  const root = `${options.sharedDir}/eval/slavicner`;
  const exclude = new Set(options.excludeTopics ?? []);
  const topics = slavicNerTopics(root).filter((t) => !exclude.has(t));
  const mentions = readSlavicNer(root, topics);
  let cached: [LemmaModelData, Lemmatizer] | undefined;
  const lemmas = learnLemmaModel(mentions, (model, s) => {
    if (!cached || cached[0] !== model) cached = [model, new Lemmatizer(model)];
    return cached[1].lemmatize(s.surface, s.type, s.lang);
  });
  const entities: LexiconEntity[] = entitiesFromSlavicNer(mentions);
  return { lexicon: { version: 1, entities }, lemmas, seenGoldIds: new Set(mentions.map((m) => m.id)) };
}
