// The recognizer's model: hashed feature weights (one row of label weights per bucket), label
// transitions, the gazetteer and word clusters; emission scoring and constrained Viterbi decoding in
// O(tokens · labels²). Serialized as one gzip file: a JSON header, then the quantized weights.

import { gunzipSync, gzipSync } from "node:zlib";
import { TwoKeyMemo } from "../../text/memo.ts";
import { type Atoms, contextFeatures, MAX_FEATURES_PER_TOKEN, surfaceFeatures, tokenFeatures } from "./features.ts";
import { type Gazetteer, parseGazetteer, serializeGazetteer } from "./gazetteer.ts";
import { allowedTransition, LABEL_COUNT } from "./labels.ts";
import { type SpanTyper, TYPE_COUNT } from "./span-types.ts";

export interface NerModel {
  /** Number of hash buckets (a power of two). */
  buckets: number;
  /** buckets × LABEL_COUNT emission weights: floats while training, 16-bit integers once shipped. */
  weights: Float32Array | Int16Array;
  /** Distance between bucket rows in `weights`: LABEL_COUNT, or ROW_STRIDE once loaded (aligned rows). */
  stride?: number;
  /** Factor that turns `weights` into scores (1 for float weights). */
  weightScale: number;
  /** (LABEL_COUNT + 1) × LABEL_COUNT: row LABEL_COUNT is the start of a sentence. */
  transitions: Float32Array;
  gazetteer: Gazetteer;
  clusters?: Map<string, number>;
  /** Languages the model was trained on; others are read as `xx`. */
  langs: string[];
  /** Provenance: data, epochs, date of training. */
  meta: Record<string, unknown>;
  /**
   * `lang TYPE` pairs whose names in quotation marks are annotated with the marks (Russian PRO: «Спутник V»),
   * learned from the training data (`quoteConventions` in train.ts).
   */
  quoted?: string[];
  /** The second opinion on each span's type (span-types.ts); absent from models trained before it. */
  typer?: SpanTyper;
}

const NEG = -1e30;

/** Emission scores of every token for every label: n × LABEL_COUNT. */
export function emissions(model: NerModel, atoms: Atoms): Float32Array {
  if (LABEL_COUNT === UNROLLED_LABEL_COUNT) return emissions13(model, atoms);
  const L = LABEL_COUNT;
  const out = new Float32Array(atoms.n * L);
  const feats = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  const mask = model.buckets - 1;
  const w = model.weights;
  const stride = model.stride ?? L;
  const scale = model.weightScale;
  const acc = new Float64Array(L);
  for (let i = 0; i < atoms.n; i++) {
    const count = tokenFeatures(atoms, i, feats);
    acc.fill(0);
    for (let f = 0; f < count; f++) {
      const base = ((feats[f] as number) & mask) * stride;
      for (let l = 0; l < L; l++) acc[l] = (acc[l] as number) + (w[base + l] as number);
    }
    const row = i * L;
    for (let l = 0; l < L; l++) out[row + l] = (acc[l] as number) * scale;
  }
  return out;
}

/** The label count `emissions13` is written for (O plus B/I of six types). */
const UNROLLED_LABEL_COUNT = 13;

/**
 * Per model and language, each surface's summed weights of its surface features (see surfaceFeatures):
 * words recur across articles, so about a quarter of a token's weight rows are read once per surface
 * instead of once per token. Bounded; the sums are exact for the shipped integer weights, so the
 * emissions are the same as summing every feature of every token.
 */
const surfaceSums = new WeakMap<NerModel, TwoKeyMemo<number, Float64Array>>();

function surfaceSumsOf(model: NerModel): TwoKeyMemo<number, Float64Array> {
  let sums = surfaceSums.get(model);
  if (sums === undefined) {
    sums = new TwoKeyMemo();
    surfaceSums.set(model, sums);
  }
  return sums;
}

/** The summed surface-feature weights of token i (LABEL_COUNT of them). */
function surfaceWeightSums(model: NerModel, atoms: Atoms, i: number, feats: Uint32Array): Float64Array {
  const L = LABEL_COUNT;
  const mask = model.buckets - 1;
  const w = model.weights;
  const stride = model.stride ?? L;
  const sums = new Float64Array(L);
  const count = surfaceFeatures(atoms, i, feats, 0);
  for (let f = 0; f < count; f++) {
    const base = ((feats[f] as number) & mask) * stride;
    for (let l = 0; l < L; l++) sums[l] = (sums[l] as number) + (w[base + l] as number);
  }
  return sums;
}

/**
 * `emissions` with the 13 label sums in locals instead of an array (about 1.7× faster, since a bucket
 * row's loads no longer wait on stores), starting from the surface's cached sums.
 */
function emissions13(model: NerModel, atoms: Atoms): Float32Array {
  const L = UNROLLED_LABEL_COUNT;
  const out = new Float32Array(atoms.n * L);
  const feats = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  const mask = model.buckets - 1;
  const w = model.weights;
  const stride = model.stride ?? L;
  const scale = model.weightScale;
  const cache = surfaceSumsOf(model);
  const table = cache.table(atoms.lang);
  for (let i = 0; i < atoms.n; i++) {
    const surface = atoms.surfaces[i] ?? "";
    let local = table.get(surface);
    if (local === undefined) {
      local = surfaceWeightSums(model, atoms, i, feats);
      cache.store(atoms.lang, surface, local);
    }
    let a0 = local[0] as number;
    let a1 = local[1] as number;
    let a2 = local[2] as number;
    let a3 = local[3] as number;
    let a4 = local[4] as number;
    let a5 = local[5] as number;
    let a6 = local[6] as number;
    let a7 = local[7] as number;
    let a8 = local[8] as number;
    let a9 = local[9] as number;
    let a10 = local[10] as number;
    let a11 = local[11] as number;
    let a12 = local[12] as number;
    const count = contextFeatures(atoms, i, feats, 0);
    for (let f = 0; f < count; f++) {
      const b = ((feats[f] as number) & mask) * stride;
      a0 += w[b] as number;
      a1 += w[b + 1] as number;
      a2 += w[b + 2] as number;
      a3 += w[b + 3] as number;
      a4 += w[b + 4] as number;
      a5 += w[b + 5] as number;
      a6 += w[b + 6] as number;
      a7 += w[b + 7] as number;
      a8 += w[b + 8] as number;
      a9 += w[b + 9] as number;
      a10 += w[b + 10] as number;
      a11 += w[b + 11] as number;
      a12 += w[b + 12] as number;
    }
    const r = i * L;
    out[r] = a0 * scale;
    out[r + 1] = a1 * scale;
    out[r + 2] = a2 * scale;
    out[r + 3] = a3 * scale;
    out[r + 4] = a4 * scale;
    out[r + 5] = a5 * scale;
    out[r + 6] = a6 * scale;
    out[r + 7] = a7 * scale;
    out[r + 8] = a8 * scale;
    out[r + 9] = a9 * scale;
    out[r + 10] = a10 * scale;
    out[r + 11] = a11 * scale;
    out[r + 12] = a12 * scale;
  }
  return out;
}

const ALLOWED: boolean[] = [];
for (let p = 0; p <= LABEL_COUNT; p++) {
  for (let l = 0; l < LABEL_COUNT; l++)
    ALLOWED[p * LABEL_COUNT + l] = p === LABEL_COUNT ? allowedTransition(0, l) : allowedTransition(p, l);
}

/** Reused Viterbi buffers (decoding is synchronous, so one set per process is enough). */
const scratch = { score: new Float64Array(4096), back: new Uint8Array(4096) };

/** Best label sequence for tokens [from, to) given emissions; writes into `labels`. */
const marginScratch = { beta: new Float64Array(0) };

/**
 * Max-marginal margin of every token of one sentence: how much the best path's score drops when the
 * token is forced off its label `labels[t]` (the best path through another label there). A token's
 * own emissions are not comparable across labels, since the BIO constraints let an I- label's weight
 * drift where it can never be chosen; the path scores are. Call it right after `viterbi` on the same
 * sentence: it reads viterbi's forward scores.
 */
export function labelMargins(
  transitions: Float32Array,
  em: Float32Array,
  from: number,
  to: number,
  labels: Uint8Array,
  out: Float32Array,
): void {
  const L = LABEL_COUNT;
  const len = to - from;
  if (len <= 0) return;
  // The forward scores are the ones viterbi just left in its scratch for this sentence.
  const alpha = scratch.score;
  if (marginScratch.beta.length < len * L) marginScratch.beta = new Float64Array(len * L * 2);
  const beta = marginScratch.beta;
  beta.fill(0, (len - 1) * L, len * L);
  for (let t = len - 2; t >= 0; t--) {
    const emRow = (from + t + 1) * L;
    for (let l = 0; l < L; l++) {
      let best = NEG;
      for (let n = 0; n < L; n++) {
        if (!ALLOWED[l * L + n]) continue;
        const s = (transitions[l * L + n] ?? 0) + (em[emRow + n] ?? 0) + (beta[(t + 1) * L + n] ?? NEG);
        if (s > best) best = s;
      }
      beta[t * L + l] = best;
    }
  }
  for (let t = 0; t < len; t++) {
    const chosen = labels[from + t] ?? 0;
    const own = (alpha[t * L + chosen] ?? NEG) + (beta[t * L + chosen] ?? 0);
    let other = NEG;
    for (let l = 0; l < L; l++) {
      if (l === chosen) continue;
      const s = (alpha[t * L + l] ?? NEG) + (beta[t * L + l] ?? 0);
      if (s > other) other = s;
    }
    out[from + t] = own - other;
  }
}

export function viterbi(transitions: Float32Array, em: Float32Array, from: number, to: number, labels: Uint8Array): void {
  const L = LABEL_COUNT;
  const len = to - from;
  if (len <= 0) return;
  if (scratch.score.length < len * L) {
    scratch.score = new Float64Array(len * L * 2);
    scratch.back = new Uint8Array(len * L * 2);
  }
  const score = scratch.score;
  const back = scratch.back;
  for (let l = 0; l < L; l++) {
    score[l] = ALLOWED[L * L + l] ? (transitions[L * L + l] ?? 0) + (em[from * L + l] ?? 0) : NEG;
  }
  for (let t = 1; t < len; t++) {
    const row = t * L;
    const prevRow = (t - 1) * L;
    const emRow = (from + t) * L;
    for (let l = 0; l < L; l++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + l]) continue;
        const s = (score[prevRow + p] ?? NEG) + (transitions[p * L + l] ?? 0);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + l] = best + (em[emRow + l] ?? 0);
      back[row + l] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const lastRow = (len - 1) * L;
  for (let l = 0; l < L; l++) {
    if ((score[lastRow + l] ?? NEG) > best) {
      best = score[lastRow + l] ?? NEG;
      arg = l;
    }
  }
  for (let t = len - 1; t >= 0; t--) {
    labels[from + t] = arg;
    arg = back[t * L + arg] ?? 0;
  }
}

/** Row stride of loaded weights: 16 × 2 bytes, so a bucket's labels sit in one cache line. */
export const ROW_STRIDE = 16;

/** Bits of quantization of the shipped weights. */
export const WEIGHT_BITS = 16;

/** Int16 weights and their scale: already quantized weights are copied, floats are scaled to the Int16 range. */
function quantize(weights: Float32Array | Int16Array, scale: number): { q: Int16Array; scale: number } {
  if (weights instanceof Int16Array) return { q: weights, scale };
  let maxAbs = 1e-9;
  for (const v of weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const s = maxAbs / (2 ** (WEIGHT_BITS - 1) - 1);
  const q = new Int16Array(weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((weights[i] ?? 0) / s);
  return { q, scale: s };
}

/** gzip(header length (u32) · JSON header · Int16 weights · Float32 transitions · Int16 typer weights, if any). */
export function serializeModel(model: NerModel): Buffer {
  let q: Int16Array;
  let scale = model.weightScale;
  if (model.weights instanceof Int16Array) {
    const stride = model.stride ?? LABEL_COUNT;
    q = new Int16Array(model.buckets * LABEL_COUNT);
    for (let b = 0; b < model.buckets; b++) q.set(model.weights.subarray(b * stride, b * stride + LABEL_COUNT), b * LABEL_COUNT);
  } else ({ q, scale } = quantize(model.weights, scale));
  const typer = model.typer && quantize(model.typer.weights, model.typer.scale);
  const header = JSON.stringify({
    format: "crossnews-ner-1",
    buckets: model.buckets,
    labels: LABEL_COUNT,
    scale,
    langs: model.langs,
    meta: model.meta,
    gazetteer: serializeGazetteer(model.gazetteer),
    clusters: model.clusters ? [...model.clusters].map(([w, c]) => `${w}\t${c}`).join("\n") : undefined,
    quoted: model.quoted,
    typer: model.typer && typer ? { buckets: model.typer.buckets, scale: typer.scale } : undefined,
  });
  const head = Buffer.from(header, "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const pad = Buffer.alloc((4 - ((4 + head.length) % 4)) % 4);
  return gzipSync(
    Buffer.concat([
      len,
      head,
      pad,
      Buffer.from(q.buffer),
      Buffer.from(model.transitions.buffer),
      ...(typer ? [Buffer.from(typer.q.buffer, typer.q.byteOffset, typer.q.byteLength)] : []),
    ]),
    {
      level: 9,
    },
  );
}

function padRows(q: Int16Array, buckets: number): Int16Array {
  const out = new Int16Array(buckets * ROW_STRIDE);
  for (let b = 0; b < buckets; b++) {
    const from = b * LABEL_COUNT;
    const to = b * ROW_STRIDE;
    for (let l = 0; l < LABEL_COUNT; l++) out[to + l] = q[from + l] as number;
  }
  return out;
}

export function parseModel(gz: Uint8Array): NerModel {
  const buf = gunzipSync(gz);
  const headLen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headLen).toString("utf8")) as {
    format: string;
    buckets: number;
    labels: number;
    scale: number;
    langs: string[];
    meta: Record<string, unknown>;
    gazetteer: string;
    clusters?: string;
    quoted?: string[];
    typer?: { buckets: number; scale: number };
  };
  if (header.format !== "crossnews-ner-1" || header.labels !== LABEL_COUNT) throw new Error(`unknown NER model format ${header.format}`);
  let at = 4 + headLen;
  at += (4 - (at % 4)) % 4;
  const count = header.buckets * LABEL_COUNT;
  const q = new Int16Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + count * 2));
  at += count * 2;
  const transitions = new Float32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + (LABEL_COUNT + 1) * LABEL_COUNT * 4));
  at += (LABEL_COUNT + 1) * LABEL_COUNT * 4;
  let typer: SpanTyper | undefined;
  if (header.typer) {
    const count = header.typer.buckets * TYPE_COUNT;
    typer = {
      buckets: header.typer.buckets,
      weights: new Int16Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + count * 2)),
      scale: header.typer.scale,
    };
  }
  let clusters: Map<string, number> | undefined;
  if (header.clusters) {
    clusters = new Map();
    for (const line of header.clusters.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) clusters.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  return {
    buckets: header.buckets,
    weights: padRows(q, header.buckets),
    stride: ROW_STRIDE,
    weightScale: header.scale,
    transitions,
    gazetteer: parseGazetteer(header.gazetteer),
    clusters,
    langs: header.langs,
    meta: header.meta,
    quoted: header.quoted,
    typer,
  };
}
