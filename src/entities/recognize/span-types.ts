// A second opinion on each span's type, from the span as a whole: a multiclass averaged perceptron
// over the span's words, its first and last word's stems and endings, its neighbours, its shape and
// what the name lists say of the whole phrase. The sequence model types a name token by token, and the
// word that decides ("Partii Konserwatywnej", "Montreal Victorias", "Izba Lordów") is often not the
// one being labelled; here every word of the name speaks for the whole. Trained on the gold spans of the
// training documents, with their own topic's names left out of the lists, as the sequence model is.

import { type Atoms, computeAtoms, type FeatureContext } from "./features.ts";
import { entryTypeBits, type Gazetteer, MAX_PHRASE_TOKENS } from "./gazetteer.ts";
import { mix, mix3 } from "./hash.ts";
import { ENTITY_TAG_TYPES, labelRuns, type TagType } from "./labels.ts";
import type { RecognizedSpan } from "./recognize.ts";
import type { TrainDoc } from "./train.ts";

/** Span typer weights: `buckets` rows of one weight per tag type. */
export interface SpanTyper {
  buckets: number;
  /** buckets × TYPE_COUNT: floats while training, 16-bit integers once shipped. */
  weights: Float32Array | Int16Array;
  /** Factor that turns `weights` into scores. */
  scale: number;
}

export const TYPE_COUNT = ENTITY_TAG_TYPES.length;
/** Words of a long name that speak (the rest add nothing but time). */
const MAX_SPAN_WORDS = 8;
export const MAX_SPAN_FEATURES = 16 + 4 * MAX_SPAN_WORDS + 32;
const EDGE = 0x2f6b3c1d;

export interface SpanTyperTrainOptions {
  buckets: number;
  epochs: number;
  /** Probability of hiding the name's own words from one training example. */
  identityDropout: number;
}

export const DEFAULT_SPAN_TYPER_OPTIONS: SpanTyperTrainOptions = {
  buckets: 1 << 18,
  epochs: 6,
  identityDropout: 0.5,
};

/** Type bits the name lists give the whole span [from, to) (a phrase entry, or the word's own for one word). */
export function phraseTypeBits(a: Atoms, from: number, to: number, gazetteer: Gazetteer, excluded: number): number {
  if (to - from === 1) return a.gaz[from] ?? 0;
  if (to - from > MAX_PHRASE_TOKENS) return 0;
  return entryTypeBits(gazetteer.phrases.get(a.stems.slice(from, to).join(" ")), excluded);
}

/** How many of spanFeatures' first features identify the name's own words. */
export function spanIdentityCount(from: number, to: number): number {
  return 3 * Math.min(to - from, MAX_SPAN_WORDS) + 2;
}

/** Fill `out` with the feature hashes of span [from, to); returns how many. */
export function spanFeatures(a: Atoms, from: number, to: number, phraseBits: number, out: Uint32Array): number {
  const lang = a.lang;
  const last = to - 1;
  const word = a.word;
  const stem = a.stem;
  const s2 = a.suffix[1] as Uint32Array;
  const s3 = a.suffix[2] as Uint32Array;
  const s4 = a.suffix[3] as Uint32Array;
  let m = 0;
  // The name's own words first (spanIdentityCount of them), so that training can hide them.
  let gz = 0;
  for (let k = from; k < to && k < from + MAX_SPAN_WORDS; k++) {
    out[m++] = mix(202, word[k] as number);
    out[m++] = mix(203, stem[k] as number);
    out[m++] = mix3(204, lang, stem[k] as number);
    gz |= a.gaz[k] as number;
  }
  out[m++] = mix(206, stem[last] as number);
  out[m++] = mix(210, stem[from] as number);
  out[m++] = 1;
  out[m++] = mix(200, lang);
  out[m++] = mix3(201, lang, Math.min(to - from, 5));
  for (let k = from; k < to && k < from + MAX_SPAN_WORDS; k++) out[m++] = mix(205, a.hasClusters ? (a.cluster[k] as number) : 0);
  out[m++] = mix3(207, lang, s3[last] as number);
  out[m++] = mix3(208, lang, s4[last] as number);
  out[m++] = mix3(209, lang, s2[last] as number);
  out[m++] = mix3(211, lang, s3[from] as number);
  const prev1 = from > 0 ? (word[from - 1] as number) : EDGE;
  const prev2 = from > 1 ? (word[from - 2] as number) : EDGE;
  const next1 = to < a.n ? (word[to] as number) : EDGE;
  const next2 = to + 1 < a.n ? (word[to + 1] as number) : EDGE;
  out[m++] = mix3(212, lang, prev1);
  out[m++] = mix3(213, lang, prev2);
  out[m++] = mix3(214, lang, next1);
  out[m++] = mix3(215, lang, next2);
  out[m++] = mix(216, from > 0 ? (stem[from - 1] as number) : EDGE);
  out[m++] = mix(217, to < a.n ? (stem[to] as number) : EDGE);
  out[m++] = mix(218, a.hasClusters && from > 0 ? (a.cluster[from - 1] as number) : EDGE);
  out[m++] = mix(219, a.hasClusters && to < a.n ? (a.cluster[to] as number) : EDGE);
  out[m++] = mix3(220, prev2, prev1);
  out[m++] = mix3(221, lang, from > 0 ? (s3[from - 1] as number) : EDGE);
  out[m++] = mix(222, a.shape[from] as number);
  out[m++] = mix3(223, a.shape[from] as number, a.shape[last] as number);
  out[m++] = mix3(224, (a.cap[from] as number) * 16 + (a.cap[last] as number), a.sentenceStart[from] as number);
  out[m++] = mix(225, gz);
  out[m++] = mix(226, a.gaz[last] as number);
  out[m++] = mix(227, phraseBits);
  out[m++] = mix3(228, lang, phraseBits);
  out[m++] = mix3(229, lang, gz);
  return m;
}

/** Scores of every type for span [from, to) into `out` (TYPE_COUNT long). */
export function spanTypeScores(
  typer: SpanTyper,
  a: Atoms,
  from: number,
  to: number,
  gazetteer: Gazetteer,
  out: Float64Array,
  feats: Uint32Array = new Uint32Array(MAX_SPAN_FEATURES),
): void {
  const count = spanFeatures(a, from, to, phraseTypeBits(a, from, to, gazetteer, 0), feats);
  const mask = typer.buckets - 1;
  const w = typer.weights;
  out.fill(0);
  for (let f = 0; f < count; f++) {
    const base = ((feats[f] as number) & mask) * TYPE_COUNT;
    for (let t = 0; t < TYPE_COUNT; t++) out[t] = (out[t] as number) + (w[base + t] as number);
  }
  for (let t = 0; t < TYPE_COUNT; t++) out[t] = (out[t] as number) * typer.scale;
}

/**
 * The typer's own type for spans a rule made longer than the sequence model's (`widened`): the model
 * typed a part of the name ("Камарата" LOC of "Камарата на общините"), so the whole name's type is the
 * typer's best, with no lead.
 */
export function typeWidenedSpans(
  spans: readonly RecognizedSpan[],
  widened: (s: RecognizedSpan) => boolean,
  atoms: Atoms,
  typer: SpanTyper,
  gazetteer: Gazetteer,
  allowMisc: boolean,
): RecognizedSpan[] {
  const scores = new Float64Array(TYPE_COUNT);
  return spans.map((s) => {
    if (!widened(s) || !typerJudges(s)) return s;
    spanTypeScores(typer, atoms, s.tokenStart, s.tokenEnd, gazetteer, scores);
    const type = ENTITY_TAG_TYPES[bestType(scores, allowMisc)] as TagType;
    return type === s.type ? s : { ...s, type };
  });
}

const MISC_INDEX = ENTITY_TAG_TYPES.indexOf("MISC");

/** The index of the highest of `scores` (TYPE_COUNT long); MISC only when `allowMisc`. */
function bestType(scores: Float64Array, allowMisc: boolean): number {
  let best = -1;
  for (let t = 0; t < TYPE_COUNT; t++) {
    if (t === MISC_INDEX && !allowMisc) continue;
    if (best < 0 || (scores[t] as number) > (scores[best] as number)) best = t;
  }
  return best;
}

/** Train the typer on the gold spans of `docs` (each document's own source left out of the lists). */
export function trainSpanTyper(
  docs: readonly TrainDoc[],
  gazetteer: Gazetteer,
  clusters: Map<string, number> | undefined,
  options: Partial<SpanTyperTrainOptions> & { random: () => number; log?: (line: string) => void },
): SpanTyper {
  const opts = { ...DEFAULT_SPAN_TYPER_OPTIONS, ...options };
  const mask = opts.buckets - 1;
  const bases: number[] = [];
  const offsets: number[] = [0];
  const gold: number[] = [];
  const identityEnds: number[] = [];
  const buf = new Uint32Array(MAX_SPAN_FEATURES);
  for (const d of docs) {
    const ctx: FeatureContext = { gazetteer, excludedSources: d.sourceBit, clusters };
    const atoms = computeAtoms(d, ctx);
    for (const { from, to, type } of labelRuns(d.labels)) {
      const count = spanFeatures(atoms, from, to, phraseTypeBits(atoms, from, to, gazetteer, d.sourceBit), buf);
      identityEnds.push(bases.length + spanIdentityCount(from, to));
      for (let f = 0; f < count; f++) bases.push(((buf[f] as number) & mask) * TYPE_COUNT);
      offsets.push(bases.length);
      gold.push(ENTITY_TAG_TYPES.indexOf(type));
    }
  }
  const w = new Float32Array(opts.buckets * TYPE_COUNT);
  const u = new Float32Array(opts.buckets * TYPE_COUNT);
  const order = gold.map((_, i) => i);
  const scores = new Float64Array(TYPE_COUNT);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(options.random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    for (const e of order) {
      scores.fill(0);
      // Word dropout: the name's own words are hidden at random, so that context and endings learn too
      // (the names of a new topic are new words).
      const first =
        opts.identityDropout > 0 && options.random() < opts.identityDropout ? (identityEnds[e] as number) : (offsets[e] as number);
      const end = offsets[e + 1] as number;
      for (let f = first; f < end; f++) {
        const base = bases[f] as number;
        for (let t = 0; t < TYPE_COUNT; t++) scores[t] = (scores[t] as number) + (w[base + t] as number);
      }
      const g = gold[e] as number;
      // The strongest wrong type; a tie with the gold type is an error too (all scores start at 0).
      let best = -1;
      for (let t = 0; t < TYPE_COUNT; t++) if (t !== g && (best < 0 || (scores[t] as number) > (scores[best] as number))) best = t;
      if ((scores[best] as number) >= (scores[g] as number)) {
        errors++;
        for (let f = first; f < end; f++) {
          const base = bases[f] as number;
          w[base + g] = (w[base + g] as number) + 1;
          u[base + g] = (u[base + g] as number) + c;
          w[base + best] = (w[base + best] as number) - 1;
          u[base + best] = (u[base + best] as number) - c;
        }
      }
      c++;
    }
    opts.log?.(`span typer epoch ${epoch + 1}/${opts.epochs}: errors ${errors} / ${gold.length}`);
  }
  for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - (u[i] as number) / c;
  return { buckets: opts.buckets, weights: w, scale: 1 };
}

/** The spans the typer may retype: decoded ones with their tokens (the rules' and the corpus' types stand). */
function typerJudges(s: RecognizedSpan): boolean {
  return s.tokenStart >= 0 && s.tokenEnd > s.tokenStart && s.source !== "rule" && s.source !== "corpus";
}

/**
 * Retype the spans where the typer disagrees with the sequence model by at least `minLead` (score units,
 * averaged over the occurrences of the same surface in the document, so one name keeps one type).
 * MISC is only a type of the English training data, so other languages never take it.
 */
export function retypeBySpanTyper(
  spans: readonly RecognizedSpan[],
  atoms: Atoms,
  typer: SpanTyper,
  gazetteer: Gazetteer,
  minLead: number,
  allowMisc: boolean,
): RecognizedSpan[] {
  const scores = new Float64Array(TYPE_COUNT);
  const feats = new Uint32Array(MAX_SPAN_FEATURES);
  const sums = new Map<string, { scores: Float64Array; count: number }>();
  for (const s of spans) {
    if (!typerJudges(s)) continue;
    spanTypeScores(typer, atoms, s.tokenStart, s.tokenEnd, gazetteer, scores, feats);
    const key = s.surface.toLowerCase();
    let sum = sums.get(key);
    if (!sum) {
      sum = { scores: new Float64Array(TYPE_COUNT), count: 0 };
      sums.set(key, sum);
    }
    for (let t = 0; t < TYPE_COUNT; t++) sum.scores[t] = (sum.scores[t] as number) + (scores[t] as number);
    sum.count++;
  }
  return spans.map((s) => {
    const sum = sums.get(s.surface.toLowerCase());
    if (!sum || !typerJudges(s)) return s;
    const best = bestType(sum.scores, allowMisc);
    const current = ENTITY_TAG_TYPES.indexOf(s.type);
    const lead = ((sum.scores[best] as number) - (sum.scores[current] as number)) / sum.count;
    return best !== current && lead >= minLead ? { ...s, type: ENTITY_TAG_TYPES[best] as TagType } : s;
  });
}
