// Training of the recognizer: an averaged structured perceptron over the hashed features, decoded
// with the same constrained Viterbi as at run time. Features are computed once per token; epochs then
// only add weights, so a model over the whole corpus trains in minutes on one core.

import {
  computeAtoms,
  type FeatureContext,
  type FeatureDoc,
  IDENTITY_FEATURE_SLOTS,
  MAX_FEATURES_PER_TOKEN,
  tokenFeatures,
} from "./features.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { isInside, LABEL_COUNT, labelType, O_LABEL } from "./labels.ts";
import { type NerModel, viterbi } from "./model.ts";
import { isQuote } from "./quoted-names.ts";
import { trainSpanTyper } from "./span-types.ts";

/** A labelled training document. */
export interface TrainDoc extends FeatureDoc {
  labels: Uint8Array;
  /** Gazetteer source bit of the document's own topic, left out of its features. */
  sourceBit: number;
  /** Times each of its sentences is visited per epoch (default 1): upsamples a language with little data. */
  repeat?: number;
}

export interface TrainOptions {
  /** Hash buckets, a power of two. */
  buckets: number;
  epochs: number;
  /** Share of documents trained as language `xx`, so that the language-independent part learns too. */
  fallbackShare: number;
  seed: number;
  langs: string[];
  /** Probability of hiding a token's identity features in one training pass (see IDENTITY_FEATURE_SLOTS). */
  wordDropout: number;
  /**
   * Perceptrons trained, each with its own sentence order, whose weights are averaged: a linear model's
   * answer on an unseen topic depends on the order it saw the training sentences in, and the mean of a
   * few orders is steadier (bagging over orders).
   */
  bags: number;
  /** Train the span typer (span-types.ts) too. */
  spanTyper: boolean;
  log?: (line: string) => void;
  meta?: Record<string, unknown>;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  buckets: 1 << 20,
  epochs: 8,
  fallbackShare: 0.1,
  seed: 7,
  langs: ["uk", "ru", "bg", "pl", "cs", "sl", "en"],
  wordDropout: 0,
  bags: 1,
  spanTyper: true,
};

/** Small deterministic PRNG (mulberry32). */
export function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sentence {
  from: number;
  to: number;
}

/** Train a model on `docs` with the given gazetteer and clusters. */
export function trainModel(
  docs: TrainDoc[],
  gazetteer: Gazetteer,
  clusters: Map<string, number> | undefined,
  options: Partial<TrainOptions> = {},
): NerModel {
  const opts = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const L = LABEL_COUNT;
  const random = makeRandom(opts.seed);
  const mask = opts.buckets - 1;
  // 1. Features of every token, once: bucket bases in one flat array.
  let total = 0;
  for (const d of docs) total += d.surfaces.length;
  const offsets = new Int32Array(total + 1);
  let feats = new Int32Array(total * 48);
  const gold = new Uint8Array(total);
  // Tokens whose features come in pairs with their language copies (features.ts interleaveLanguageCopies).
  const augmented = new Uint8Array(total);
  const sentences: Sentence[] = [];
  const buf = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  let tok = 0;
  let used = 0;
  for (const d of docs) {
    const lang = random() < opts.fallbackShare ? "xx" : d.lang;
    const ctx: FeatureContext = { gazetteer, excludedSources: d.sourceBit, clusters };
    const atoms = computeAtoms({ ...d, lang }, ctx);
    let sentFrom = tok;
    const repeat = Math.max(1, d.repeat ?? 1);
    const pushSentence = (s: Sentence) => {
      for (let r = 0; r < repeat; r++) sentences.push(s);
    };
    for (let i = 0; i < atoms.n; i++) {
      if (i > 0 && d.sentenceStart[i]) {
        pushSentence({ from: sentFrom, to: tok });
        sentFrom = tok;
      }
      const count = tokenFeatures(atoms, i, buf);
      if (used + count > feats.length) {
        const bigger = new Int32Array(Math.ceil(feats.length * 1.5) + count);
        bigger.set(feats);
        feats = bigger;
      }
      for (let f = 0; f < count; f++) feats[used++] = ((buf[f] ?? 0) & mask) * L;
      gold[tok] = d.labels[i] ?? 0;
      augmented[tok] = atoms.augment ? 1 : 0;
      tok++;
      offsets[tok] = used;
    }
    if (tok > sentFrom) pushSentence({ from: sentFrom, to: tok });
  }
  opts.log?.(`features: ${total} tokens, ${sentences.length} sentences, ${used} feature slots`);
  // 2. Averaged perceptrons, one per bag (each its own sentence order), whose weights are averaged.
  const w = new Float32Array(opts.buckets * L);
  const tw = new Float32Array((L + 1) * L);
  const data: TrainingTokens = { offsets, feats, gold, augmented, sentences, used };
  for (let bag = 0; bag < opts.bags; bag++) {
    const one = trainPerceptron(data, opts, bag === 0 ? random : makeRandom(opts.seed + 7919 * bag), bag);
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) + (one.w[i] ?? 0) / opts.bags;
    for (let i = 0; i < tw.length; i++) tw[i] = (tw[i] ?? 0) + (one.tw[i] ?? 0) / opts.bags;
  }
  return {
    buckets: opts.buckets,
    weights: w,
    weightScale: 1,
    transitions: tw,
    gazetteer,
    clusters,
    langs: opts.langs,
    meta: opts.meta ?? {},
    quoted: quoteConventions(docs),
    typer: opts.spanTyper ? trainSpanTyper(docs, gazetteer, clusters, { random, log: opts.log }) : undefined,
  };
}

/** Names in quotation marks a (language, type) needs before its convention counts. */
export const QUOTE_CONVENTION_MIN_NAMES = 50;
/** Share of them annotated with the marks that the marks need to exceed to be part of the name (a majority). */
export const QUOTE_CONVENTION_MIN_SHARE = 0.5;

/**
 * The (language, type) pairs whose quoted names the annotators took with their quotation marks: in
 * SlavicNER, Russian products are mostly «Спутник V» with the marks (540 of 826), organizations and every
 * other language mostly without. The model alone rarely learns it, as quotation marks are mostly outside names.
 */
export function quoteConventions(docs: readonly TrainDoc[]): string[] {
  const counts = new Map<string, { inside: number; outside: number }>();
  for (const d of docs) {
    const n = d.labels.length;
    for (let i = 0; i < n; i++) {
      const type = labelType(d.labels[i] ?? O_LABEL);
      if (type === null || isInside(d.labels[i] ?? O_LABEL)) continue;
      let j = i + 1;
      while (j < n && isInside(d.labels[j] ?? O_LABEL) && labelType(d.labels[j] ?? O_LABEL) === type) j++;
      const inside = j - i >= 3 && isQuote(d.surfaces[i]) && isQuote(d.surfaces[j - 1]);
      const outside = isQuote(d.surfaces[i - 1]) && isQuote(d.surfaces[j]);
      if (inside || outside) {
        const key = `${d.lang} ${type}`;
        const c = counts.get(key) ?? { inside: 0, outside: 0 };
        if (inside) c.inside++;
        else c.outside++;
        counts.set(key, c);
      }
      i = j - 1;
    }
  }
  return [...counts]
    .filter(([, c]) => c.inside + c.outside >= QUOTE_CONVENTION_MIN_NAMES && c.inside / (c.inside + c.outside) > QUOTE_CONVENTION_MIN_SHARE)
    .map(([key]) => key)
    .sort();
}

/** The training tokens' features (bucket bases), gold labels and sentences, computed once for every bag. */
interface TrainingTokens {
  offsets: Int32Array;
  feats: Int32Array;
  gold: Uint8Array;
  augmented: Uint8Array;
  sentences: Sentence[];
  used: number;
}

/** One averaged perceptron over the tokens: w is the current weight, u accumulates c · update (average = w − u / c). */
function trainPerceptron(
  data: TrainingTokens,
  opts: TrainOptions,
  random: () => number,
  bag: number,
): { w: Float32Array; tw: Float32Array } {
  const L = LABEL_COUNT;
  const { offsets, feats, gold, augmented, sentences, used } = data;
  const total = gold.length;
  const w = new Float32Array(opts.buckets * L);
  const u = new Float32Array(opts.buckets * L);
  const tw = new Float32Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const order = sentences.map((_, i) => i);
  const pred = new Uint8Array(total);
  const hidden = new Uint8Array(used);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    let tokensSeen = 0;
    for (const si of order) {
      const s = sentences[si];
      if (!s) continue;
      const len = s.to - s.from;
      const em = new Float32Array(len * L);
      for (let t = 0; t < len; t++) {
        const row = t * L;
        const first = offsets[s.from + t] ?? 0;
        const hide = opts.wordDropout > 0 && random() < opts.wordDropout;
        if (hide) {
          const pairs = augmented[s.from + t] === 1;
          for (const slot of IDENTITY_FEATURE_SLOTS) {
            if (pairs) {
              hidden[first + 2 * slot] = 1;
              hidden[first + 2 * slot + 1] = 1;
            } else hidden[first + slot] = 1;
          }
        }
        for (let f = first; f < (offsets[s.from + t + 1] ?? 0); f++) {
          if (hidden[f]) continue;
          const base = feats[f] ?? 0;
          for (let l = 0; l < L; l++) em[row + l] = (em[row + l] ?? 0) + (w[base + l] ?? 0);
        }
      }
      viterbi(tw, em, 0, len, pred);
      tokensSeen += len;
      let wrong = false;
      for (let t = 0; t < len; t++) if (pred[t] !== gold[s.from + t]) wrong = true;
      if (wrong) {
        for (let t = 0; t < len; t++) {
          const g = gold[s.from + t] ?? 0;
          const p = pred[t] ?? 0;
          const gPrev = t === 0 ? L : (gold[s.from + t - 1] ?? 0);
          const pPrev = t === 0 ? L : (pred[t - 1] ?? 0);
          if (g !== p) {
            errors++;
            for (let f = offsets[s.from + t] ?? 0; f < (offsets[s.from + t + 1] ?? 0); f++) {
              if (hidden[f]) continue;
              const base = feats[f] ?? 0;
              w[base + g] = (w[base + g] ?? 0) + 1;
              u[base + g] = (u[base + g] ?? 0) + c;
              w[base + p] = (w[base + p] ?? 0) - 1;
              u[base + p] = (u[base + p] ?? 0) - c;
            }
          }
          if (g !== p || gPrev !== pPrev) {
            tw[gPrev * L + g] = (tw[gPrev * L + g] ?? 0) + 1;
            tu[gPrev * L + g] = (tu[gPrev * L + g] ?? 0) + c;
            tw[pPrev * L + p] = (tw[pPrev * L + p] ?? 0) - 1;
            tu[pPrev * L + p] = (tu[pPrev * L + p] ?? 0) - c;
          }
        }
      }
      for (let f = offsets[s.from] ?? 0; f < (offsets[s.to] ?? 0); f++) hidden[f] = 0;
      c++;
    }
    opts.log?.(
      `${opts.bags > 1 ? `bag ${bag + 1}/${opts.bags}, ` : ""}epoch ${epoch + 1}/${opts.epochs}: token errors ${errors} / ${tokensSeen} (${((100 * errors) / tokensSeen).toFixed(2)}%)`,
    );
  }
  for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) - (u[i] ?? 0) / c;
  for (let i = 0; i < tw.length; i++) tw[i] = (tw[i] ?? 0) - (tu[i] ?? 0) / c;
  return { w, tw };
}
