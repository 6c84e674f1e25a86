// One leave-one-topic-out fold of the recognizer: train on the other SlavicNER topics (plus wikigold
// and the place lists, as the shipped model is), recognize every held-out document as given (the raw
// file is the text: `--no-extract` semantics) and score it. With `corpus`, the held-out documents are
// read twice, as `ingest` then `ingest --reanalyze` read a story: the first pass's confident names are
// the evidence of the second (src/entities/recognize/corpus-names.ts); both passes are scored. With
// `lexicon`, the recognizer gets the types a lexicon rebuilt without the held-out topic knows, as the
// stage gets the shipped lexicon's, so the rules that use them are measured too.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findKnownPeople, KNOWN_NAME_SCORE } from "../../src/entities/link/known-names.ts";
import type { Linker } from "../../src/entities/link/linker.ts";
import { induceClusters } from "../../src/entities/recognize/clusters.ts";
import type { AnnotatedDoc } from "../../src/entities/recognize/corpus/slavicner.ts";
import { loadSlavicNer } from "../../src/entities/recognize/corpus/slavicner.ts";
import { buildTrainingSet } from "../../src/entities/recognize/corpus/training-set.ts";
import { unlabelledTexts } from "../../src/entities/recognize/corpus/unlabelled.ts";
import type { CorpusNames } from "../../src/entities/recognize/corpus-names.ts";
import { type NerModel, parseModel, serializeModel } from "../../src/entities/recognize/model.ts";
import { type RecognizedSpan, recognize } from "../../src/entities/recognize/recognize.ts";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../../src/entities/recognize/train.ts";
import { foldLinker } from "../linking/fold-linker.ts";
import { addNerCounts, emptyNerCounts, type NerCounts, scoreDocument } from "./ner-metrics.ts";
import { readTwice } from "./read-twice.ts";

export interface FoldOptions {
  evalDir: string;
  allTopics: string[];
  heldOut: string;
  epochs: number;
  buckets: number;
  factRuEval: boolean;
  consistency: boolean;
  /** Read the held-out topic twice, the second time with the first pass's names as corpus evidence. */
  corpus: boolean;
  /** Give the recognizer the types a lexicon built without the held-out topic knows (as the stage gives the shipped one's). */
  lexicon?: boolean;
  /** Load the fold's model saved by an earlier run with the same settings instead of training (`--reuse-models`). */
  reuseModels: boolean;
  /** Perceptrons averaged per model (train.ts `bags`). */
  bags?: number;
  /** Shuffle seed of the fold models' training (the shipped model's by default). */
  seed?: number;
  log?: (line: string) => void;
}

/** Where fold models are kept between runs (outside the repository). */
export const FOLD_MODEL_DIR = join(tmpdir(), "crossnews-ner-folds");

export interface DocResult {
  doc: AnnotatedDoc;
  spans: RecognizedSpan[];
}

export interface FoldResult {
  topic: string;
  byLang: Map<string, NerCounts>;
  total: NerCounts;
  /** The first pass (each article alone), when `corpus` made a second. */
  alone?: NerCounts;
  docs: DocResult[];
  /** Gold entity ids that occur in the training topics. */
  seenEntities: Set<string>;
  /** Recall of gold mentions by kind: seen/unseen entity, lowercase. */
  recall: Record<"seen" | "unseen" | "lowercase", { found: number; total: number }>;
  trainSeconds: number;
  model: NerModel;
}

function isLowercaseMention(surface: string): boolean {
  const first = surface[0] ?? "";
  return first !== first.toUpperCase();
}

/** The fold cache's name part for a seed other than the shipped model's (none for it, so caches stay valid). */
function seedSuffix(seed: number | undefined): string {
  return seed === undefined || seed === DEFAULT_TRAIN_OPTIONS.seed ? "" : `-s${seed}`;
}

export function runNerFold(opts: FoldOptions): FoldResult {
  const started = performance.now();
  const training = opts.allTopics.filter((t) => t !== opts.heldOut);
  const cached = join(
    FOLD_MODEL_DIR,
    `${opts.heldOut}-e${opts.epochs}-b${Math.log2(opts.buckets)}${opts.factRuEval ? "-fre" : ""}${seedSuffix(opts.seed)}${(opts.bags ?? 1) > 1 ? `-bag${opts.bags}` : ""}-cl-ty.bin.gz`,
  );
  let model: NerModel;
  if (opts.reuseModels && existsSync(cached)) model = parseModel(readFileSync(cached));
  else {
    const set = buildTrainingSet({ evalDir: opts.evalDir, topics: training, factRuEval: opts.factRuEval });
    // Clusters from unlabelled text without the held-out topic, as the shipped ones lack the next topic.
    const clusters = induceClusters(unlabelledTexts(opts.evalDir, training));
    model = parseModel(
      serializeModel(
        trainModel(set.docs, set.gazetteer, clusters, {
          epochs: opts.epochs,
          buckets: opts.buckets,
          log: opts.log,
          ...(opts.seed !== undefined && { seed: opts.seed }),
          ...(opts.bags !== undefined && { bags: opts.bags }),
        }),
      ),
    );
    mkdirSync(FOLD_MODEL_DIR, { recursive: true });
    writeFileSync(cached, serializeModel(model));
  }
  const trainSeconds = (performance.now() - started) / 1000;
  const seenEntities = new Set<string>();
  for (const d of loadSlavicNer(join(opts.evalDir, "slavicner"), training)) for (const m of d.mentions) seenEntities.add(m.entity);
  const byLang = new Map<string, NerCounts>();
  const total = emptyNerCounts();
  const docs: DocResult[] = [];
  const recall = { seen: { found: 0, total: 0 }, unseen: { found: 0, total: 0 }, lowercase: { found: 0, total: 0 } };
  const heldOut = loadSlavicNer(join(opts.evalDir, "slavicner"), [opts.heldOut]);
  let linker: Linker | undefined;
  if (opts.lexicon) {
    linker = foldLinker(opts.heldOut).linker;
  }
  const recognizeOne = (doc: AnnotatedDoc, corpus?: CorpusNames): RecognizedSpan[] => {
    const rec = recognize(model, doc.text, doc.lang, undefined, {
      consistency: opts.consistency,
      corpus,
      ...linker?.recognizerEvidence(doc.lang),
    });
    const spans = rec.spans.filter((s) => s.type !== "MISC");
    if (!linker) return spans;
    // As the stage does: people the lexicon has seen in news, where the recognizer found nothing.
    const known = findKnownPeople(doc.text, rec.tokens, spans, doc.lang, linker.lexicon).map(
      (k): RecognizedSpan => ({ ...k, type: "PER", score: KNOWN_NAME_SCORE, tokenStart: -1, tokenEnd: -1, source: "rule" }),
    );
    return known.length === 0 ? spans : [...spans, ...known].sort((a, b) => a.start - b.start);
  };
  let recognized: RecognizedSpan[][];
  let alone: NerCounts | undefined;
  if (opts.corpus) {
    const passes = readTwice(heldOut, (d) => d.lang, recognizeOne);
    alone = emptyNerCounts();
    for (const [i, doc] of heldOut.entries()) addNerCounts(alone, scoreDocument(doc.mentions, passes.first[i] ?? []));
    recognized = passes.second;
  } else recognized = heldOut.map((d) => recognizeOne(d));
  for (const [i, doc] of heldOut.entries()) {
    const spans = recognized[i] ?? [];
    const counts = scoreDocument(doc.mentions, spans);
    const slot = byLang.get(doc.lang) ?? emptyNerCounts();
    addNerCounts(slot, counts);
    byLang.set(doc.lang, slot);
    addNerCounts(total, counts);
    docs.push({ doc, spans });
    const found = new Set(spans.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const m of doc.mentions) {
      const hit = found.has(`${m.start}:${m.end}:${m.type}`) ? 1 : 0;
      const kind = seenEntities.has(m.entity) ? recall.seen : recall.unseen;
      kind.total++;
      kind.found += hit;
      if (isLowercaseMention(m.surface)) {
        recall.lowercase.total++;
        recall.lowercase.found += hit;
      }
    }
  }
  return { topic: opts.heldOut, byLang, total, alone, docs, seenEntities, recall, trainSeconds, model };
}
