// Base forms and linking measured on what the recognizer found (end to end): the linking engineer's
// lexicon and rules are rebuilt without the held-out topic (as in eval/linking/gold-run.ts), every
// recognized mention is lemmatized and linked, and the mentions that match a gold span are scored.

import type { EntityType } from "../../src/model/doc.ts";
import { foldLinker } from "../linking/fold-linker.ts";
import { type BaseFormPair, type LinkedMention, type LinkingScore, scoreBaseForms, scoreLinking } from "../linking/score.ts";
import type { DocResult } from "./ner-fold.ts";

export interface FoundLinking {
  baseForms: { accuracy: number; n: number };
  linking: LinkingScore;
}

export function linkFound(topic: string, docs: DocResult[]): FoundLinking {
  const { linker, seenGoldIds } = foldLinker(topic);
  const pairs: BaseFormPair[] = [];
  const linked: LinkedMention[] = [];
  for (const { doc, spans } of docs) {
    const usable = spans.filter((s) => s.type !== "MISC");
    const resolved = linker.resolveMentions(
      usable.map((s) => ({ surface: s.surface, type: s.type as EntityType, start: s.start, end: s.end })),
      doc.lang,
    );
    const gold = new Map(doc.mentions.map((m) => [`${m.start}:${m.end}:${m.type}`, m]));
    for (const m of resolved) {
      const g = gold.get(`${m.start}:${m.end}:${m.type}`);
      if (!g) continue;
      pairs.push({ predicted: m.lemma, gold: g.lemma });
      linked.push({ doc: doc.id, gold: g.entity, predicted: m.id });
    }
  }
  return { baseForms: scoreBaseForms(pairs), linking: scoreLinking(linked, seenGoldIds) };
}
