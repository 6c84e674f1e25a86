// Assembles a training set from the shared data: SlavicNER topics (each its own gazetteer source, so
// a document never sees its own topic's names as list features), wikigold (English) and optionally
// FactRuEval (Russian), plus the place lists and English name lists. Used by scripts/train-entities.ts and the eval folds.

import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Gazetteer } from "../gazetteer.ts";
import type { TagType } from "../labels.ts";
import type { TrainDoc } from "../train.ts";
import { buildGazetteer, type GazetteerName } from "./build-gazetteer.ts";
import { type ConllDoc, conllToTrainDoc, readConll } from "./conll.ts";
import { englishNameLists } from "./english-names.ts";
import { readPlaceNames } from "./geo-names.ts";
import { type AnnotatedDoc, loadSlavicNer } from "./slavicner.ts";
import { annotatedToTrainDoc } from "./to-train.ts";

export interface TrainingSetOptions {
  /** ../shared/eval */
  evalDir: string;
  /** SlavicNER topics to train on. */
  topics: string[];
  /** English wikigold documents to train on (all when omitted; [] for none). */
  wikigold?: ConllDoc[];
  /** Add FactRuEval (Russian) documents. */
  factRuEval?: boolean;
  /** Times each wikigold sentence is visited per epoch (default 1): English is ~1/40 of the training tokens. */
  wikigoldRepeat?: number;
}

export interface TrainingSet {
  docs: TrainDoc[];
  gazetteer: Gazetteer;
  sources: Record<string, number>;
}

/** Source bits: SlavicNER topics 0.., FactRuEval 20, wikigold folds 21..25. */
export const FACTRUEVAL_SOURCE_BIT = 1 << 20;
export const WIKIGOLD_FOLDS = 5;
export function wikigoldSourceBit(index: number): number {
  return 1 << (21 + (index % WIKIGOLD_FOLDS));
}

export function wikigoldPath(evalDir: string): string {
  return join(evalDir, "resources", "english-ner", "wikigold", "CONLL-format", "data", "wikigold.conll.txt");
}

export function readWikigold(evalDir: string): ConllDoc[] {
  const path = wikigoldPath(evalDir);
  return existsSync(path) ? readConll(path) : [];
}

/** Names of labelled token sequences (B/I runs) for the gazetteer. */
function conllNames(doc: ConllDoc, sourceBit: number, out: GazetteerName[]): void {
  let i = 0;
  while (i < doc.surfaces.length) {
    const l = doc.labels[i] ?? 0;
    if (l === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < doc.surfaces.length && (doc.labels[j] ?? 0) === l + ((l - 1) % 2 === 0 ? 1 : 0)) j++;
    const types: TagType[] = ["PER", "ORG", "LOC", "EVT", "PRO", "MISC"];
    const type = types[(l - 1) >> 1];
    if (type) out.push({ text: doc.surfaces.slice(i, j).join(" "), type, sourceBit });
    i = j;
  }
}

export function buildTrainingSet(opts: TrainingSetOptions): TrainingSet {
  const docs: TrainDoc[] = [];
  const names: GazetteerName[] = [];
  const sources: Record<string, number> = {};
  const slavic = join(opts.evalDir, "slavicner");
  opts.topics.forEach((topic, t) => {
    const bit = 1 << t;
    const annotated: AnnotatedDoc[] = loadSlavicNer(slavic, [topic]);
    sources[topic] = annotated.length;
    for (const d of annotated) {
      docs.push(annotatedToTrainDoc(d, bit));
      for (const m of d.mentions) {
        names.push({ text: m.surface, type: m.type, sourceBit: bit });
        if (m.lemma && m.lemma !== m.surface) names.push({ text: m.lemma, type: m.type, sourceBit: bit });
      }
    }
  });
  const wikigold = opts.wikigold ?? readWikigold(opts.evalDir);
  wikigold.forEach((d, i) => {
    docs.push({ ...conllToTrainDoc(d, "en", wikigoldSourceBit(i)), repeat: opts.wikigoldRepeat ?? 1 });
    conllNames(d, wikigoldSourceBit(i), names);
  });
  sources.wikigold = wikigold.length;
  if (opts.factRuEval) {
    const dir = join(opts.evalDir, "resources", "factrueval");
    const fre = [...readConll(join(dir, "dev.bio"), 20), ...readConll(join(dir, "test.bio"), 20)];
    for (const d of fre) {
      docs.push(conllToTrainDoc(d, "ru", FACTRUEVAL_SOURCE_BIT));
      conllNames(d, FACTRUEVAL_SOURCE_BIT, names);
    }
    sources.factrueval = fre.length;
  }
  const places = readPlaceNames(join(opts.evalDir, "resources", "geo-names"));
  return { docs, gazetteer: buildGazetteer([...names, ...englishNameLists()], places), sources };
}
