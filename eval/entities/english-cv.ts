// English: span F1 on wikigold by k-fold cross-validation over its documents (PER, ORG, LOC, MISC,
// CoNLL-style exact spans). Each fold trains as the shipped model is trained, on all SlavicNER topics
// and the other folds' English documents (`englishOnly`: on those alone, five times faster); the test
// documents go through the whole recognizer (model and document passes), as shipped, and are read
// twice, the first pass's confident names being the second's corpus evidence.

import { join } from "node:path";
import { induceClusters } from "../../src/entities/recognize/clusters.ts";
import { buildGazetteer, type GazetteerName } from "../../src/entities/recognize/corpus/build-gazetteer.ts";
import { type ConllDoc, conllToTrainDoc } from "../../src/entities/recognize/corpus/conll.ts";
import { englishNameLists } from "../../src/entities/recognize/corpus/english-names.ts";
import { readPlaceNames } from "../../src/entities/recognize/corpus/geo-names.ts";
import { listTopics } from "../../src/entities/recognize/corpus/slavicner.ts";
import { buildTrainingSet, readWikigold, wikigoldSourceBit } from "../../src/entities/recognize/corpus/training-set.ts";
import { unlabelledTexts } from "../../src/entities/recognize/corpus/unlabelled.ts";
import type { CorpusNames } from "../../src/entities/recognize/corpus-names.ts";
import { labelRuns } from "../../src/entities/recognize/labels.ts";
import type { NerModel } from "../../src/entities/recognize/model.ts";
import { type RecognizedSpan, recognize } from "../../src/entities/recognize/recognize.ts";
import type { RecToken } from "../../src/entities/recognize/tokenize.ts";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../../src/entities/recognize/train.ts";
import { addCounts, type Counts, emptyCounts } from "./ner-metrics.ts";
import { readTwice } from "./read-twice.ts";

function spansOf(labels: Uint8Array): string[] {
  return labelRuns(labels).map((r) => `${r.from}:${r.to}:${r.type}`);
}

/**
 * The shipped recognizer's spans (model plus document passes) over the given tokens, as token ranges:
 * the tokens are laid out one space apart, a line break before each sentence.
 */
function recognizeTokens(model: NerModel, surfaces: string[], sentenceStart: Uint8Array, corpus?: CorpusNames): RecognizedSpan[] {
  let text = "";
  const tokens: RecToken[] = surfaces.map((surface, i) => {
    if (i > 0) text += sentenceStart[i] ? "\n" : " ";
    const start = text.length;
    text += surface;
    return { start, end: text.length, surface, sentenceStart: sentenceStart[i] === 1 };
  });
  return recognize(model, text, "en", tokens, { corpus }).spans;
}

type FoldTraining = { epochs: number; buckets: number; seed: number; bags?: number; wikigoldRepeat?: number };

/** The shipped model's training, with these wikigold documents as its English. */
function trainAsShipped(evalDir: string, train: ConllDoc[], clusters: Map<string, number>, opts: FoldTraining): NerModel {
  const set = buildTrainingSet({
    evalDir,
    topics: listTopics(join(evalDir, "slavicner")),
    wikigold: train,
    wikigoldRepeat: opts.wikigoldRepeat,
  });
  return trainModel(set.docs, set.gazetteer, clusters, { ...opts });
}

/** A model of these wikigold documents alone (with the external name lists). */
function trainEnglishOnly(train: ConllDoc[], places: string[], clusters: Map<string, number>, opts: FoldTraining): NerModel {
  const names: GazetteerName[] = [];
  const docs = train.map((d, i) => {
    const bit = wikigoldSourceBit(i);
    for (const s of spansOf(d.labels)) {
      const [a, b, t] = s.split(":");
      names.push({ text: d.surfaces.slice(Number(a), Number(b)).join(" "), type: t as GazetteerName["type"], sourceBit: bit });
    }
    return conllToTrainDoc(d, "en", bit);
  });
  return trainModel(docs, buildGazetteer([...names, ...englishNameLists()], places), clusters, { ...opts, fallbackShare: 0 });
}

/** How a gold span was got wrong (see errorBreakdown); `spurious` counts found spans of the row's type that overlap no gold span. */
export const ERROR_KINDS = ["as PER", "as ORG", "as LOC", "as MISC", "boundary", "missed", "spurious"] as const;
export type ErrorRow = { gold: number; exact: number } & Record<(typeof ERROR_KINDS)[number], number>;

type Span = { from: number; to: number; type: string };

function parseSpan(s: string): Span {
  const [a, b, t] = s.split(":");
  return { from: Number(a), to: Number(b), type: t ?? "" };
}

/** Adds one document's gold and found spans to the breakdown by gold type. */
export function addErrors(errors: Record<string, ErrorRow>, gold: Span[], found: Span[]): void {
  const row = (t: string): ErrorRow => {
    errors[t] ??= { gold: 0, exact: 0, "as PER": 0, "as ORG": 0, "as LOC": 0, "as MISC": 0, boundary: 0, missed: 0, spurious: 0 };
    return errors[t];
  };
  const overlaps = (a: Span, b: Span) => a.from < b.to && b.from < a.to;
  for (const g of gold) {
    const r = row(g.type);
    r.gold++;
    const same = found.find((f) => f.from === g.from && f.to === g.to);
    if (same?.type === g.type) r.exact++;
    else if (same) {
      const kind = `as ${same.type}` as (typeof ERROR_KINDS)[number];
      if (kind in r) r[kind]++;
    } else if (found.some((f) => overlaps(f, g))) r.boundary++;
    else r.missed++;
  }
  for (const f of found) if (!gold.some((g) => overlaps(f, g))) row(f.type).spurious++;
}

export interface EnglishCv {
  /** Gold spans by type: how each was got wrong. */
  errors: Record<string, ErrorRow>;
  folds: number;
  total: Counts;
  byType: Record<string, Counts>;
  /** Spans scored by their boundaries alone: how much of the loss is in the type. */
  untyped: Counts;
}

/** With `corpus`, each fold's test documents are read twice, the first pass's names being the second's corpus evidence (as in the LOTO folds); `seed` is the training's shuffle seed. */
export function englishCrossValidation(
  evalDir: string,
  folds: number,
  epochs: number,
  buckets: number,
  corpus = true,
  seed: number = DEFAULT_TRAIN_OPTIONS.seed,
  englishOnly = false,
  bags = 1,
  wikigoldRepeat = 1,
): EnglishCv {
  const docs = readWikigold(evalDir);
  const total = emptyCounts();
  const byType: Record<string, Counts> = {};
  const untyped = emptyCounts();
  const errors: Record<string, ErrorRow> = {};
  const places = readPlaceNames(join(evalDir, "resources", "geo-names"));
  // The shipped clusters' text (wikigold is not in it).
  const clusters = induceClusters(unlabelledTexts(evalDir, listTopics(join(evalDir, "slavicner"))));
  for (let f = 0; f < folds; f++) {
    const train = docs.filter((_, i) => i % folds !== f);
    const test = docs.filter((_, i) => i % folds === f);
    const model = englishOnly
      ? trainEnglishOnly(train, places, clusters, { epochs, buckets, seed, bags })
      : trainAsShipped(evalDir, train, clusters, { epochs, buckets, seed, bags, wikigoldRepeat });
    const recognizeOne = (d: (typeof test)[number], names?: CorpusNames) => recognizeTokens(model, d.surfaces, d.sentenceStart, names);
    const found = corpus ? readTwice(test, () => "en", recognizeOne).second : test.map((d) => recognizeOne(d));
    for (const [k, d] of test.entries()) {
      const gold = new Set(spansOf(d.labels));
      const pred = new Set((found[k] ?? []).map((s) => `${s.tokenStart}:${s.tokenEnd}:${s.type}`));
      addErrors(errors, [...gold].map(parseSpan), [...pred].map(parseSpan));
      const boundaries = (spans: Set<string>) => new Set([...spans].map((s) => s.split(":").slice(0, 2).join(":")));
      const goldBounds = boundaries(gold);
      const predBounds = boundaries(pred);
      for (const s of predBounds) {
        if (goldBounds.has(s)) untyped.tp++;
        else untyped.fp++;
      }
      for (const s of goldBounds) if (!predBounds.has(s)) untyped.fn++;
      for (const s of pred) {
        const t = s.split(":")[2] ?? "";
        const slot = byType[t] ?? emptyCounts();
        byType[t] = slot;
        if (gold.has(s)) {
          total.tp++;
          slot.tp++;
        } else {
          total.fp++;
          slot.fp++;
        }
      }
      for (const s of gold) {
        if (pred.has(s)) continue;
        const t = s.split(":")[2] ?? "";
        const slot = byType[t] ?? emptyCounts();
        byType[t] = slot;
        total.fn++;
        slot.fn++;
      }
    }
  }
  const sum = emptyCounts();
  addCounts(sum, total);
  return { folds, total: sum, byType, untyped, errors };
}
