// The recognizer's model: hashed feature weights (one row of label weights per bucket), label
// transitions, the gazetteer and word clusters; emission scoring and constrained Viterbi decoding in
// O(tokens · labels²). Serialized as one gzip file: a JSON header, then the quantized weights.

import { gunzipSync, gzipSync } from "node:zlib";
import { MEMO_MAX_ENTRIES } from "../../text/memo.ts";
import {
  type Atoms,
  MAX_FEATURES_PER_TOKEN,
  NEIGHBOURS,
  neighbourFeatures,
  neighbourOf,
  positionFeatures,
  surfaceFeatures,
  tokenFeatures,
} from "./features.ts";
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
  return LABEL_COUNT === UNROLLED_LABEL_COUNT ? emissions13(model, atoms) : emissionsByFeature(model, atoms);
}

/** Emissions summed feature by feature (the reference the cached sums must equal). */
export function emissionsByFeature(model: NerModel, atoms: Atoms): Float32Array {
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

/** Parts of a surface's cached sums: its own surface features, then what it gives a token as each neighbour. */
const SUM_PARTS = 1 + NEIGHBOURS.length;

/**
 * Per model and language, each surface's summed weights of the features it decides alone: its own surface
 * features (surfaceFeatures) and what it gives the tokens 1 and 2 places left and right of it
 * (neighbourFeatures). Words recur across articles, so more than half of a token's weight rows, each
 * a likely cache miss in the large table, are read once per surface instead of once per token.
 *
 * The sums are exact for the shipped integer weights (16-bit weights summed by the dozen stay far below
 * float32's 2²⁴ integer range), so the emissions are the same as summing every feature of every token.
 * They live in one growing float32 array (an entry is SUM_PARTS × LABEL_COUNT numbers at `offset`; 26 MB
 * at the bound), not in one small array per surface. Bounded like src/text/memo.ts: once it holds `max`
 * entries it starts afresh, between documents only, so the offsets a document holds stay valid.
 */
class SurfaceSums {
  readonly #offsets = new Map<number, Map<string, number>>();
  readonly #max: number;
  #count = 0;
  data = new Float32Array(SUM_PARTS * LABEL_COUNT * 1024);

  constructor(max = MEMO_MAX_ENTRIES) {
    this.#max = max;
  }

  /** The table of one language (surface → offset). Call `makeRoom` first for the document's tokens. */
  table(lang: number): Map<string, number> {
    let table = this.#offsets.get(lang);
    if (table === undefined) {
      table = new Map();
      this.#offsets.set(lang, table);
    }
    return table;
  }

  /** Start afresh if `entries` more would overflow the bound (before a document, never inside one). */
  makeRoom(entries: number): void {
    if (this.#count + entries <= this.#max) return;
    for (const t of this.#offsets.values()) t.clear();
    this.#count = 0;
  }

  /** A zeroed entry for `surface` in `table`; its offset in `data` (which may have been reallocated). */
  add(table: Map<string, number>, surface: string): number {
    const size = SUM_PARTS * LABEL_COUNT;
    const offset = this.#count * size;
    if (offset + size > this.data.length) {
      const bigger = new Float32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.fill(0, offset, offset + size);
    this.#count++;
    table.set(surface, offset);
    return offset;
  }
}

const surfaceSums = new WeakMap<NerModel, SurfaceSums>();

function surfaceSumsOf(model: NerModel): SurfaceSums {
  let sums = surfaceSums.get(model);
  if (sums === undefined) {
    sums = new SurfaceSums();
    surfaceSums.set(model, sums);
  }
  return sums;
}

/**
 * Add the weight rows of feats[0, count) into sums[at, at + 13), summed in locals first: with the stores
 * inside the loop each row's loads waited on the last row's stores, so the cache misses of a new
 * surface's rows (a likely miss each, in the large table) were taken one at a time.
 */
function addRows(model: NerModel, feats: Uint32Array, count: number, sums: Float32Array, at: number): void {
  const mask = model.buckets - 1;
  const w = model.weights;
  const stride = model.stride ?? LABEL_COUNT;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let a4 = 0;
  let a5 = 0;
  let a6 = 0;
  let a7 = 0;
  let a8 = 0;
  let a9 = 0;
  let a10 = 0;
  let a11 = 0;
  let a12 = 0;
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
  sums[at] = (sums[at] as number) + a0;
  sums[at + 1] = (sums[at + 1] as number) + a1;
  sums[at + 2] = (sums[at + 2] as number) + a2;
  sums[at + 3] = (sums[at + 3] as number) + a3;
  sums[at + 4] = (sums[at + 4] as number) + a4;
  sums[at + 5] = (sums[at + 5] as number) + a5;
  sums[at + 6] = (sums[at + 6] as number) + a6;
  sums[at + 7] = (sums[at + 7] as number) + a7;
  sums[at + 8] = (sums[at + 8] as number) + a8;
  sums[at + 9] = (sums[at + 9] as number) + a9;
  sums[at + 10] = (sums[at + 10] as number) + a10;
  sums[at + 11] = (sums[at + 11] as number) + a11;
  sums[at + 12] = (sums[at + 12] as number) + a12;
}

/** Sum the SUM_PARTS parts of the surface at position j (outside the document: the boundary's, own part 0) into sums[at...]. */
function surfaceWeightSums(model: NerModel, atoms: Atoms, j: number, feats: Uint32Array, sums: Float32Array, at: number): void {
  const L = LABEL_COUNT;
  if (j >= 0 && j < atoms.n) addRows(model, feats, surfaceFeatures(atoms, j, feats, 0), sums, at);
  for (const side of NEIGHBOURS) addRows(model, feats, neighbourFeatures(atoms, j, side, feats, 0), sums, at + (1 + side) * L);
}

/** The cache key of the document boundary: no token's surface is empty. */
const BOUNDARY_SURFACE = "";

/**
 * `emissions` with the 13 label sums in locals instead of an array (about 1.7× faster, since a bucket
 * row's loads no longer wait on stores), starting from the cached sums of the token's and its
 * neighbours' surfaces. Atoms built with excluded gazetteer sources (training) give a surface different
 * name-list atoms by document, so they are summed feature by feature.
 */
function emissions13(model: NerModel, atoms: Atoms): Float32Array {
  if (atoms.excludedSources !== 0) return emissionsByFeature(model, atoms);
  const L = UNROLLED_LABEL_COUNT;
  const n = atoms.n;
  const out = new Float32Array(n * L);
  const feats = new Uint32Array(MAX_FEATURES_PER_TOKEN);
  const scale = model.weightScale;
  const cache = surfaceSumsOf(model);
  cache.makeRoom(n + 1);
  const table = cache.table(atoms.lang);
  const offsets = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const surface = atoms.surfaces[i] ?? "";
    let at = table.get(surface);
    if (at === undefined) {
      at = cache.add(table, surface);
      surfaceWeightSums(model, atoms, i, feats, cache.data, at);
    }
    offsets[i] = at;
  }
  let boundary = table.get(BOUNDARY_SURFACE);
  if (boundary === undefined) {
    boundary = cache.add(table, BOUNDARY_SURFACE);
    surfaceWeightSums(model, atoms, -1, feats, cache.data, boundary);
  }
  const e = cache.data;
  for (let i = 0; i < n; i++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    let a7 = 0;
    let a8 = 0;
    let a9 = 0;
    let a10 = 0;
    let a11 = 0;
    let a12 = 0;
    for (let part = 0; part < SUM_PARTS; part++) {
      const j = part === 0 ? i : neighbourOf(i, part - 1);
      const b = (j >= 0 && j < n ? (offsets[j] as number) : boundary) + part * L;
      a0 += e[b] as number;
      a1 += e[b + 1] as number;
      a2 += e[b + 2] as number;
      a3 += e[b + 3] as number;
      a4 += e[b + 4] as number;
      a5 += e[b + 5] as number;
      a6 += e[b + 6] as number;
      a7 += e[b + 7] as number;
      a8 += e[b + 8] as number;
      a9 += e[b + 9] as number;
      a10 += e[b + 10] as number;
      a11 += e[b + 11] as number;
      a12 += e[b + 12] as number;
    }
    // The row holds the cached parts' sum (integers of the 16-bit weights, exact in float32), then the
    // position features' rows are added to it, then it is scaled: one rounding, as when summed in one go.
    const r = i * L;
    out[r] = a0;
    out[r + 1] = a1;
    out[r + 2] = a2;
    out[r + 3] = a3;
    out[r + 4] = a4;
    out[r + 5] = a5;
    out[r + 6] = a6;
    out[r + 7] = a7;
    out[r + 8] = a8;
    out[r + 9] = a9;
    out[r + 10] = a10;
    out[r + 11] = a11;
    out[r + 12] = a12;
    addRows(model, feats, positionFeatures(atoms, i, feats, 0), out, r);
    for (let l = r; l < r + L; l++) out[l] = (out[l] as number) * scale;
  }
  return out;
}

const ALLOWED: boolean[] = [];
for (let p = 0; p <= LABEL_COUNT; p++) {
  for (let l = 0; l < LABEL_COUNT; l++)
    ALLOWED[p * LABEL_COUNT + l] = p === LABEL_COUNT ? allowedTransition(0, l) : allowedTransition(p, l);
}

/**
 * The allowed neighbours of each label as flat lists (CSR: label l's run is [at[l], at[l + 1])), in
 * increasing order, so the decoders loop over the 103 allowed transitions only instead of testing all 169
 * (an I- label has 2 possible predecessors). Same order as a full loop, so ties break the same way.
 */
function neighbourLists(allowed: (from: number, to: number) => boolean): { at: Int32Array; label: Int32Array } {
  const at = new Int32Array(LABEL_COUNT + 1);
  const label: number[] = [];
  for (let l = 0; l < LABEL_COUNT; l++) {
    at[l] = label.length;
    for (let k = 0; k < LABEL_COUNT; k++) if (allowed(k, l)) label.push(k);
  }
  at[LABEL_COUNT] = label.length;
  return { at, label: Int32Array.from(label) };
}

const PREDECESSORS = neighbourLists((p, l) => ALLOWED[p * LABEL_COUNT + l] === true);
const SUCCESSORS = neighbourLists((n, l) => ALLOWED[l * LABEL_COUNT + n] === true);

/** Reused Viterbi buffers (decoding is synchronous, so one set per process is enough). */
const scratch = { score: new Float64Array(4096), back: new Uint8Array(4096) };

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
  const at = SUCCESSORS.at;
  const next = SUCCESSORS.label;
  for (let t = len - 2; t >= 0; t--) {
    const emRow = (from + t + 1) * L;
    const betaNext = (t + 1) * L;
    for (let l = 0; l < L; l++) {
      let best = NEG;
      const end = at[l + 1] as number;
      for (let k = at[l] as number; k < end; k++) {
        const n = next[k] as number;
        const s = (transitions[l * L + n] as number) + (em[emRow + n] as number) + (beta[betaNext + n] as number);
        if (s > best) best = s;
      }
      beta[t * L + l] = best;
    }
  }
  for (let t = 0; t < len; t++) {
    const row = t * L;
    const chosen = labels[from + t] as number;
    const own = (alpha[row + chosen] as number) + (beta[row + chosen] as number);
    let other = NEG;
    for (let l = 0; l < L; l++) {
      if (l === chosen) continue;
      const s = (alpha[row + l] as number) + (beta[row + l] as number);
      if (s > other) other = s;
    }
    out[from + t] = own - other;
  }
}

/** Best label sequence for tokens [from, to) given emissions; writes into `labels`. */
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
    score[l] = ALLOWED[L * L + l] ? (transitions[L * L + l] as number) + (em[from * L + l] as number) : NEG;
  }
  const at = PREDECESSORS.at;
  const prev = PREDECESSORS.label;
  for (let t = 1; t < len; t++) {
    const row = t * L;
    const prevRow = row - L;
    const emRow = (from + t) * L;
    for (let l = 0; l < L; l++) {
      let best = NEG;
      let arg = 0;
      const end = at[l + 1] as number;
      for (let k = at[l] as number; k < end; k++) {
        const p = prev[k] as number;
        const s = (score[prevRow + p] as number) + (transitions[p * L + l] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + l] = best + (em[emRow + l] as number);
      back[row + l] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const lastRow = (len - 1) * L;
  for (let l = 0; l < L; l++) {
    if ((score[lastRow + l] as number) > best) {
      best = score[lastRow + l] as number;
      arg = l;
    }
  }
  for (let t = len - 1; t >= 0; t--) {
    labels[from + t] = arg;
    arg = back[t * L + arg] as number;
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
