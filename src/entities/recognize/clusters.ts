// Word clusters learned from unlabelled text, as recognizer features: words that occur between the
// same neighbours get one cluster id, so a word the labelled data never shows ("Footscray", "Гостомеля")
// still shares a feature with the words it behaves like. Each word of the vocabulary is a vector of
// positive PMI with its left and right neighbours (the most frequent words), and spherical k-means
// groups the vectors. Training-time code: run by the training script, never at analysis time.

import { packClusterId } from "./cluster-ids.ts";
import { foldWord } from "./stem.ts";
import { tokenize } from "./tokenize.ts";
import { makeRandom } from "./train.ts";

export interface ClusterOptions {
  /** Number of clusters (ids 1..k; 0 is "no cluster"); below 2^CLUSTER_LEVEL_BITS. */
  k: number;
  /** Clusters of the coarse level (0: none). */
  coarseK: number;
  /** Least occurrences of a word to get a cluster. */
  minCount: number;
  /** Most words clustered (the most frequent). */
  maxVocabulary: number;
  /** Neighbouring words used as context dimensions (the most frequent), left and right apart. */
  contextWords: number;
  iterations: number;
  seed: number;
  log?: (line: string) => void;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  k: 512,
  coarseK: 64,
  minCount: 4,
  maxVocabulary: 80_000,
  contextWords: 1000,
  iterations: 8,
  seed: 11,
};

/** Sparse rows in CSR form. */
interface Rows {
  offsets: Int32Array;
  dims: Int32Array;
  values: Float32Array;
}

function tokensOf(text: string): string[] {
  return tokenize(text).map((t) => foldWord(t.surface));
}

/** The texts' words (folded) with ids by first appearance, their counts, and the texts as id sequences. */
function countWords(texts: Iterable<string>): { ids: Map<string, number>; counts: number[]; docs: Int32Array[] } {
  const ids = new Map<string, number>();
  const counts: number[] = [];
  const docs: Int32Array[] = [];
  for (const text of texts) {
    const words = tokensOf(text);
    const seq = new Int32Array(words.length);
    words.forEach((w, i) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = counts.length;
        ids.set(w, id);
        counts.push(0);
      }
      counts[id] = (counts[id] ?? 0) + 1;
      seq[i] = id;
    });
    docs.push(seq);
  }
  return { ids, counts, docs };
}

/** Word ids by falling frequency, and those that get a cluster (`minCount`, `maxVocabulary`). */
function vocabularyOf(counts: readonly number[], opts: ClusterOptions): { byFrequency: number[]; vocab: number[] } {
  const byFrequency = [...counts.keys()].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  return { byFrequency, vocab: byFrequency.filter((id) => (counts[id] ?? 0) >= opts.minCount).slice(0, opts.maxVocabulary) };
}

/**
 * The words (folded) `induceClusters` would give a cluster, without clustering them: the keys of the map
 * it returns, for the evaluation's folds, where only the vocabulary is needed.
 */
export function clusterVocabulary(texts: Iterable<string>, options: Partial<ClusterOptions> = {}): Set<string> {
  const { ids, counts } = countWords(texts);
  const words = [...ids.keys()];
  return new Set(vocabularyOf(counts, { ...DEFAULT_CLUSTER_OPTIONS, ...options }).vocab.map((id) => words[id] as string));
}

/** Learn clusters from `texts`; returns word (folded) → cluster id in 1..k (fine) or packed with a coarse level. */
export function induceClusters(texts: Iterable<string>, options: Partial<ClusterOptions> = {}): Map<string, number> {
  const opts = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  // 1. Word counts, and the documents as word-id sequences (ids by first appearance).
  const { ids, counts, docs } = countWords(texts);
  const { byFrequency, vocab } = vocabularyOf(counts, opts);
  const row = new Int32Array(counts.length).fill(-1);
  vocab.forEach((id, r) => {
    row[id] = r;
  });
  const ctx = new Int32Array(counts.length).fill(-1);
  byFrequency.slice(0, opts.contextWords).forEach((id, c) => {
    ctx[id] = c;
  });
  const C = opts.contextWords;
  // 2. Co-occurrence counts (left neighbour dims 0..C-1, right C..2C-1) per vocabulary word.
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  const dimTotals = new Float64Array(2 * C);
  let total = 0;
  for (const seq of docs) {
    for (let i = 0; i < seq.length; i++) {
      const r = row[seq[i] ?? 0] ?? -1;
      if (r < 0) continue;
      const m = cooc[r] as Map<number, number>;
      const left = i > 0 ? (ctx[seq[i - 1] ?? 0] ?? -1) : -1;
      const right = i + 1 < seq.length ? (ctx[seq[i + 1] ?? 0] ?? -1) : -1;
      if (left >= 0) {
        m.set(left, (m.get(left) ?? 0) + 1);
        dimTotals[left] = (dimTotals[left] ?? 0) + 1;
        total++;
      }
      if (right >= 0) {
        m.set(C + right, (m.get(C + right) ?? 0) + 1);
        dimTotals[C + right] = (dimTotals[C + right] ?? 0) + 1;
        total++;
      }
    }
  }
  // 3. Positive PMI rows, L2-normalized.
  const rows = ppmiRows(cooc, dimTotals, total);
  opts.log?.(`clusters: ${vocab.length} words, ${rows.values.length} non-zero cells`);
  // 4. Spherical k-means, fine and (when asked) coarse.
  const fine = sphericalKMeans(rows, 2 * C, Math.min(opts.k, vocab.length), opts);
  const coarse = opts.coarseK > 0 ? sphericalKMeans(rows, 2 * C, Math.min(opts.coarseK, vocab.length), opts) : undefined;
  const out = new Map<string, number>();
  const words = [...ids.keys()];
  vocab.forEach((id, r) => {
    const f = (fine[r] ?? 0) + 1;
    out.set(words[id] ?? "", coarse ? packClusterId((coarse[r] ?? 0) + 1, f) : f);
  });
  return out;
}

function ppmiRows(cooc: Map<number, number>[], dimTotals: Float64Array, total: number): Rows {
  let nnz = 0;
  for (const m of cooc) nnz += m.size;
  const offsets = new Int32Array(cooc.length + 1);
  const dims = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let at = 0;
  cooc.forEach((m, r) => {
    let rowTotal = 0;
    for (const v of m.values()) rowTotal += v;
    const start = at;
    let norm = 0;
    for (const [d, v] of [...m].sort((a, b) => a[0] - b[0])) {
      const pmi = Math.log((v * total) / (rowTotal * (dimTotals[d] ?? 1)));
      if (pmi <= 0) continue;
      dims[at] = d;
      values[at] = pmi;
      norm += pmi * pmi;
      at++;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let j = start; j < at; j++) values[j] = (values[j] ?? 0) * scale;
    offsets[r + 1] = at;
  });
  return { offsets, dims: dims.subarray(0, at), values: values.subarray(0, at) };
}

/** Spherical k-means; centroids are kept dimension-major (d·k + c) so one row cell reads k adjacent floats. */
function sphericalKMeans(rows: Rows, dims: number, k: number, opts: ClusterOptions): Int32Array {
  const n = rows.offsets.length - 1;
  const assignment = new Int32Array(n).fill(-1);
  const centroids = new Float32Array(dims * k);
  // Seeds: k distinct words drawn at random (fixed seed) from the vocabulary.
  const random = makeRandom(opts.seed);
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(random() * n));
  [...chosen].forEach((r, c) => {
    for (let j = rows.offsets[r] ?? 0; j < (rows.offsets[r + 1] ?? 0); j++) centroids[(rows.dims[j] ?? 0) * k + c] = rows.values[j] ?? 0;
  });
  const scores = new Float32Array(k);
  const norms = new Float64Array(k);
  for (let it = 0; it < opts.iterations; it++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      scores.fill(0);
      const to = rows.offsets[r + 1] ?? 0;
      for (let j = rows.offsets[r] ?? 0; j < to; j++) {
        const base = (rows.dims[j] ?? 0) * k;
        const v = rows.values[j] ?? 0;
        for (let c = 0; c < k; c++) scores[c] = (scores[c] ?? 0) + v * (centroids[base + c] ?? 0);
      }
      let best = 0;
      for (let c = 1; c < k; c++) if ((scores[c] ?? 0) > (scores[best] ?? 0)) best = c;
      if (assignment[r] !== best) moved++;
      assignment[r] = best;
    }
    centroids.fill(0);
    for (let r = 0; r < n; r++) {
      const c = assignment[r] ?? 0;
      for (let j = rows.offsets[r] ?? 0; j < (rows.offsets[r + 1] ?? 0); j++) {
        const at = (rows.dims[j] ?? 0) * k + c;
        centroids[at] = (centroids[at] ?? 0) + (rows.values[j] ?? 0);
      }
    }
    norms.fill(0);
    for (let i = 0; i < centroids.length; i++) norms[i % k] = (norms[i % k] ?? 0) + (centroids[i] ?? 0) ** 2;
    for (let i = 0; i < centroids.length; i++) {
      const norm = norms[i % k] ?? 0;
      centroids[i] = norm > 0 ? (centroids[i] ?? 0) / Math.sqrt(norm) : 0;
    }
    opts.log?.(`clusters: iteration ${it + 1}, ${moved} words moved`);
    if (moved === 0) break;
  }
  return assignment;
}
