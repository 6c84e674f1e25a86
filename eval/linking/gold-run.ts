// Leave-one-topic-out run of base forms and linking on the gold mentions of SlavicNER: the lexicon
// and the rules are rebuilt without the held-out topic, then every held-out document is linked.

import { type GoldMention, readSlavicNer } from "../../scripts/lexicon/slavicner.ts";
import type { LinkerOptions } from "../../src/entities/link/linker.ts";
import { sharedPath } from "../shared.ts";
import { foldLinker } from "./fold-linker.ts";
import { type BaseFormPair, type LinkedMention, type LinkingScore, scoreBaseForms, scoreLinking } from "./score.ts";

export interface TopicResult {
  topic: string;
  baseForms: { accuracy: number; n: number };
  baseFormsByLang: Map<string, BaseFormPair[]>;
  linking: LinkingScore;
  /** Same, with the gold base forms given to the linker (linking alone). */
  linkingGoldLemmas: LinkingScore;
  mentions: LinkedMention[];
  errors: string[];
}

function byDoc(mentions: GoldMention[]): Map<string, GoldMention[]> {
  const docs = new Map<string, GoldMention[]>();
  for (const m of mentions) {
    let d = docs.get(m.doc);
    if (!d) {
      d = [];
      docs.set(m.doc, d);
    }
    d.push(m);
  }
  for (const d of docs.values()) d.sort((a, b) => a.start - b.start || a.end - b.end);
  return docs;
}

export function runHeldOutTopic(topic: string, options: Partial<LinkerOptions> = {}): TopicResult {
  const { linker, seenGoldIds } = foldLinker(topic, options);
  const test = readSlavicNer(sharedPath("eval", "slavicner"), [topic]);
  const pairs: BaseFormPair[] = [];
  const byLang = new Map<string, BaseFormPair[]>();
  const linked: LinkedMention[] = [];
  const linkedGoldLemmas: LinkedMention[] = [];
  const errors: string[] = [];
  for (const [doc, gold] of byDoc(test)) {
    const lang = gold[0].lang;
    // As the stage reads a document's mentions (base forms together, then links).
    const resolved = linker.resolveMentions(gold, lang);
    let langPairs = byLang.get(lang);
    if (!langPairs) {
      langPairs = [];
      byLang.set(lang, langPairs);
    }
    resolved.forEach((m, i) => {
      const g = gold[i];
      const pair = { predicted: m.lemma, gold: g.lemma };
      pairs.push(pair);
      langPairs.push(pair);
      linked.push({ doc, gold: g.id, predicted: m.id });
      if (errors.length < 4000) errors.push(`${g.id}\t${lang}\t${g.surface}\t${m.lemma}\t${m.id}\t${m.link}`);
    });
    const links2 = linker.linkMentions(gold, lang);
    links2.forEach((l, i) => {
      linkedGoldLemmas.push({ doc, gold: gold[i].id, predicted: l.id });
    });
  }
  return {
    topic,
    baseForms: scoreBaseForms(pairs),
    baseFormsByLang: byLang,
    linking: scoreLinking(linked, seenGoldIds),
    linkingGoldLemmas: scoreLinking(linkedGoldLemmas, seenGoldIds),
    mentions: linked,
    errors,
  };
}
