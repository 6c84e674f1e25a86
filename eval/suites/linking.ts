// npm run eval -- linking: base forms and cross-lingual linking on SlavicNER gold mentions,
// leave-one-topic-out (issue 5). Scores measured on NER output live in the entities suite,
// which imports the scorers re-exported here.

import { readSlavicNer, slavicNerTopics } from "../../scripts/lexicon/slavicner.ts";
import { runHeldOutTopic, type TopicResult } from "../linking/gold-run.ts";
import { scoreBaseForms, scoreLinking } from "../linking/score.ts";
import { sharedPath } from "../shared.ts";
import type { Cell, EvalSuite } from "../suite.ts";

export { bcubed, linkItems } from "../linking/score.ts";
export { scoreBaseForms, scoreLinking };

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

export const suite: EvalSuite = {
  name: "linking",
  description: "entity base forms and cross-lingual linking on SlavicNER gold mentions, leave-one-topic-out",
  requires: ["eval/slavicner/ner"],
  async run(args) {
    const only = args.find((a) => a.startsWith("--topic="))?.slice("--topic=".length);
    const topics = slavicNerTopics(sharedPath("eval", "slavicner")).filter((t) => !only || t === only);
    const results: TopicResult[] = topics.map((t) => runHeldOutTopic(t));
    const rows: Cell[][] = results.map((r) => [
      r.topic,
      r.baseForms.n,
      r.baseForms.accuracy,
      r.linking.all.n,
      r.linking.all.precision,
      r.linking.all.recall,
      r.linking.all.f1,
      r.linking.unseen.n,
      r.linking.unseen.f1,
      r.linkingGoldLemmas.all.f1,
      r.linkingGoldLemmas.unseen.f1,
    ]);
    const allPairs = results.flatMap((r) => [...r.baseFormsByLang.values()].flat());
    const avg = {
      baseForms: mean(results.map((r) => r.baseForms.accuracy)),
      f1: mean(results.map((r) => r.linking.all.f1)),
      unseen: mean(results.map((r) => r.linking.unseen.f1)),
      p: mean(results.map((r) => r.linking.all.precision)),
      r: mean(results.map((r) => r.linking.all.recall)),
      goldLemmaF1: mean(results.map((r) => r.linkingGoldLemmas.all.f1)),
      goldLemmaUnseen: mean(results.map((r) => r.linkingGoldLemmas.unseen.f1)),
    };
    rows.push(["mean", allPairs.length, avg.baseForms, null, avg.p, avg.r, avg.f1, null, avg.unseen, avg.goldLemmaF1, avg.goldLemmaUnseen]);
    const langs = [...new Set(results.flatMap((r) => [...r.baseFormsByLang.keys()]))].sort();
    const langRows: Cell[][] = langs.map((lang) => {
      const pairs = results.flatMap((r) => r.baseFormsByLang.get(lang) ?? []);
      return [lang, pairs.length, scoreBaseForms(pairs).accuracy];
    });
    const metrics: Record<string, number> = {};
    if (!only) {
      metrics["linking.gold.baseforms.accuracy"] = avg.baseForms;
      metrics["linking.gold.bcubed.f1"] = avg.f1;
      metrics["linking.gold.unseen.bcubed.f1"] = avg.unseen;
    }
    return {
      tables: [
        {
          title: "Held-out topic: base forms and B-cubed linking on gold mentions (lexicon and rules rebuilt without the topic)",
          columns: [
            "topic",
            "mentions",
            "base form acc",
            "items",
            "B3 P",
            "B3 R",
            "B3 F1",
            "unseen items",
            "unseen F1",
            "F1 gold lemmas",
            "unseen F1 gold lemmas",
          ],
          rows,
        },
        { title: "Base-form accuracy by language (all held-out topics)", columns: ["lang", "mentions", "accuracy"], rows: langRows },
      ],
      metrics,
      notes: [
        "Mentions are the gold spans and types; base forms come from our lemmatizer; `gold lemmas` columns link with the gold base forms instead.",
        "Unseen: items whose gold entity never occurs in the five training topics, B-cubed among themselves.",
      ],
    };
  },
};

/** For ad-hoc runs: the gold mentions of one topic. */
export const readTopic = (topic: string) => readSlavicNer(sharedPath("eval", "slavicner"), [topic]);
