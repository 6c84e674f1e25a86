// Token features for the recognizer, by feature hashing. Per document, each token gets a few "atoms"
// (hashes of its lowercase form, stem, affixes, shape, capitalization, gazetteer and document evidence);
// the feature templates then combine atoms of the token and its neighbours (±2) by integer mixing only,
// so the string work is once per token and a feature costs a multiply.

import { CLUSTER_LEVEL_BITS } from "./cluster-ids.ts";
import { entryTypeBits, GAZ_TYPE_SLOTS, type Gazetteer, MAX_PHRASE_TOKENS } from "./gazetteer.ts";
import { hashRange, hashString, mix, mix3 } from "./hash.ts";
import { foldWord, stemFolded } from "./stem.ts";

/** One document as the recognizer sees it: token surfaces, sentence starts and the language. */
export interface FeatureDoc {
  surfaces: string[];
  sentenceStart: Uint8Array;
  lang: string;
}

export interface FeatureContext {
  gazetteer: Gazetteer;
  /** Gazetteer sources to ignore (the document's own training topic while training). */
  excludedSources: number;
  /** Word → cluster id (learned from unlabelled text), when available. */
  clusters?: Map<string, number>;
}

export enum Cap {
  Lower = 1,
  Title = 2,
  Upper = 3,
  Mixed = 4,
  Digit = 5,
  Other = 6,
  /** An all-caps word on a line that is mostly all caps (headlines, shouting): case says nothing. */
  CapsLine = 7,
}

/** Per-token atoms of one document (parallel arrays). */
export interface Atoms {
  n: number;
  lang: number;
  word: Uint32Array;
  stem: Uint32Array;
  suffix: Uint32Array[];
  prefix: Uint32Array[];
  shape: Uint32Array;
  cap: Uint8Array;
  gaz: Uint8Array;
  phrase: Uint8Array;
  docCap: Uint8Array;
  cluster: Uint32Array;
  hasClusters: boolean;
  /** The tokens as written (what the surface-only caches are keyed on). */
  surfaces: readonly string[];
  /** The tokens' rough stems (for the consistency pass). */
  stems: string[];
  sentenceStart: Uint8Array;
  /** Whether every feature also gets a copy conjoined with the language (AUGMENTED_LANGS). */
  augment: boolean;
  /** The gazetteer sources ignored (FeatureContext): with none, every surface has the same name-list atoms everywhere. */
  excludedSources: number;
}

/**
 * Languages whose every feature also has a language-conjoined copy ("frustratingly easy" domain
 * adaptation, Daumé 2007): English is annotated by other conventions (CoNLL's, with MISC) and has a
 * fortieth of the training tokens, so with shared weights alone the Slavic data decides its types.
 * The copies let English keep what it shares (shape, clusters, lists) and overrule what it does not.
 */
export const AUGMENTED_LANGS: readonly string[] = ["en"];

/** Share of all-caps words from which a line counts as written in capitals. */
export const CAPS_LINE_SHARE = 0.6;
export const CAPS_LINE_MIN_WORDS = 3;

/** Capitalization class, from the word and its lower- and uppercase forms (one pass, no per-char case calls). */
function capClass(s: string, lower: string, upper: string): Cap {
  if (lower.length !== s.length || upper.length !== s.length) return Cap.Mixed;
  let up = 0;
  let low = 0;
  let digit = 0;
  let firstUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== lower.charCodeAt(i)) {
      up++;
      if (i === 0) firstUpper = true;
    } else if (c !== upper.charCodeAt(i)) low++;
    else if (c >= 48 && c <= 57) digit++;
  }
  if (digit > 0) return Cap.Digit;
  if (up + low === 0) return Cap.Other;
  if (up === 0) return Cap.Lower;
  if (low === 0) return up === 1 ? Cap.Title : Cap.Upper;
  if (firstUpper && up === 1) return Cap.Title;
  return Cap.Mixed;
}

/** Word shape: X for capitals, x for small letters, d for digits, other characters kept; runs collapsed, 6 at most. */
function shapeOf(s: string, lower: string, upper: string): string {
  if (lower.length !== s.length || upper.length !== s.length) return "?";
  let out = "";
  let last = "";
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const c = s.charCodeAt(i);
    let k: string;
    if (c !== lower.charCodeAt(i)) k = "X";
    else if (c !== upper.charCodeAt(i)) k = "x";
    else if (c >= 48 && c <= 57) k = "d";
    else k = s[i] ?? "";
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const AFFIX_LENGTHS = 4;

/** The plain lowercase of `surface` (foldWord also maps ё and apostrophes, which are not case). */
function foldCase(surface: string, folded: string): string {
  return folded.length === surface.length && !/[ёЁ’ʼ`]/.test(surface) ? folded : surface.toLowerCase();
}

/** What a token's surface alone decides: its folded form, stem, their hashes, affixes, shape and case. */
interface SurfaceAtoms {
  lower: string;
  stem: string;
  word: number;
  stemHash: number;
  suffix: number[];
  prefix: number[];
  shape: number;
  cap: Cap;
  /** The cluster id in `clustersOf` and the name-list entry in `gazetteerOf`, for the model last asking. */
  clustersOf?: Map<string, number>;
  cluster: number;
  gazetteerOf?: Gazetteer;
  gazEntry: Int32Array | undefined;
}

/**
 * Surfaces seen before, with their atoms: news vocabulary repeats across articles, so most tokens skip the
 * string work (folding, stemming, ten hashes). Bounded like src/text/memo.ts; pure, so output is the same.
 */
const surfaceMemo = new Map<string, SurfaceAtoms>();
const SURFACE_MEMO_MAX_ENTRIES = 100_000;

function surfaceAtoms(surface: string): SurfaceAtoms {
  let s = surfaceMemo.get(surface);
  if (s !== undefined) return s;
  const lower = foldWord(surface);
  const upper = surface.toUpperCase();
  const stem = stemFolded(lower);
  const suffix: number[] = [];
  const prefix: number[] = [];
  for (let k = 1; k <= AFFIX_LENGTHS; k++) {
    suffix.push(lower.length > k ? hashRange(lower, lower.length - k, lower.length, 0x51) : 0);
    if (k < AFFIX_LENGTHS) prefix.push(lower.length > k ? hashRange(lower, 0, k, 0x71) : 0);
  }
  const plain = foldCase(surface, lower);
  s = {
    lower,
    stem,
    word: hashString(lower),
    stemHash: hashString(stem, 0x1234567),
    suffix,
    prefix,
    shape: hashString(shapeOf(surface, plain, upper), 0x33),
    cap: capClass(surface, plain, upper),
    cluster: 0,
    gazEntry: undefined,
  };
  if (surfaceMemo.size >= SURFACE_MEMO_MAX_ENTRIES) surfaceMemo.clear();
  surfaceMemo.set(surface, s);
  return s;
}

/** Compute the atoms of a document. */
export function computeAtoms(doc: FeatureDoc, ctx: FeatureContext): Atoms {
  const n = doc.surfaces.length;
  const a: Atoms = {
    n,
    lang: hashString(doc.lang),
    word: new Uint32Array(n),
    stem: new Uint32Array(n),
    suffix: Array.from({ length: AFFIX_LENGTHS }, () => new Uint32Array(n)),
    prefix: Array.from({ length: AFFIX_LENGTHS - 1 }, () => new Uint32Array(n)),
    shape: new Uint32Array(n),
    cap: new Uint8Array(n),
    gaz: new Uint8Array(n),
    phrase: new Uint8Array(n),
    docCap: new Uint8Array(n),
    cluster: new Uint32Array(n),
    hasClusters: ctx.clusters !== undefined,
    surfaces: doc.surfaces,
    stems: [],
    sentenceStart: doc.sentenceStart,
    augment: AUGMENTED_LANGS.includes(doc.lang),
    excludedSources: ctx.excludedSources,
  };
  const stems: string[] = new Array(n);
  // Per distinct stem of the document (ids in order of appearance): capitalized mid-sentence, and lowercase.
  const stemIds = new Map<string, number>();
  const stemOf = new Int32Array(n);
  const capMid: number[] = [];
  const lowerSeen: number[] = [];
  const clusters = ctx.clusters;
  const gazetteer = ctx.gazetteer;
  for (let i = 0; i < n; i++) {
    const s = surfaceAtoms(doc.surfaces[i] ?? "");
    const stem = s.stem;
    stems[i] = stem;
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = capMid.length;
      stemIds.set(stem, id);
      capMid.push(0);
      lowerSeen.push(0);
    }
    stemOf[i] = id;
    a.word[i] = s.word;
    a.stem[i] = s.stemHash;
    for (let k = 0; k < AFFIX_LENGTHS; k++) (a.suffix[k] as Uint32Array)[i] = s.suffix[k] as number;
    for (let k = 0; k < AFFIX_LENGTHS - 1; k++) (a.prefix[k] as Uint32Array)[i] = s.prefix[k] as number;
    a.shape[i] = s.shape;
    const cap = s.cap;
    a.cap[i] = cap;
    if (clusters) {
      if (s.clustersOf !== clusters) {
        s.clustersOf = clusters;
        s.cluster = clusters.get(s.lower) ?? 0;
      }
      a.cluster[i] = s.cluster;
    }
    if (cap !== Cap.Other) {
      if (s.gazetteerOf !== gazetteer) {
        s.gazetteerOf = gazetteer;
        s.gazEntry = gazetteer.tokens.get(stem);
      }
      a.gaz[i] = entryTypeBits(s.gazEntry, ctx.excludedSources);
    }
    if (cap === Cap.Title || cap === Cap.Upper || cap === Cap.Mixed) {
      if (!doc.sentenceStart[i]) capMid[id] = (capMid[id] as number) + 1;
    } else if (cap === Cap.Lower) lowerSeen[id] = (lowerSeen[id] as number) + 1;
  }
  markCapsLines(a);
  for (let i = 0; i < n; i++) {
    const id = stemOf[i] as number;
    const c = a.cap[i] ?? 0;
    const own = c === Cap.Lower ? 0 : doc.sentenceStart[i] ? 0 : 1;
    const mid = (capMid[id] as number) - own;
    const low = (lowerSeen[id] as number) - (c === Cap.Lower ? 1 : 0);
    a.docCap[i] = (mid > 0 ? 1 : 0) | (low > 0 ? 2 : 0);
  }
  markPhrases(a, stems, ctx);
  a.stems = stems;
  return a;
}

/** Lines (sentence runs) mostly in capitals: their all-caps words get Cap.CapsLine. */
function markCapsLines(a: Atoms): void {
  let start = 0;
  for (let i = 1; i <= a.n; i++) {
    if (i < a.n && !a.sentenceStart[i]) continue;
    let words = 0;
    let upper = 0;
    for (let j = start; j < i; j++) {
      const c = a.cap[j];
      if (c === Cap.Lower || c === Cap.Title || c === Cap.Upper || c === Cap.Mixed) words++;
      if (c === Cap.Upper) upper++;
    }
    if (words >= CAPS_LINE_MIN_WORDS && upper / words >= CAPS_LINE_SHARE) {
      for (let j = start; j < i; j++) if (a.cap[j] === Cap.Upper) a.cap[j] = Cap.CapsLine;
    }
    start = i;
  }
}

/** Per phrase table: the longest phrase (tokens) that opens with each stem, so most tokens skip the lookups. */
const phraseStarts = new WeakMap<Map<string, Int32Array>, { size: number; longest: Map<string, number> }>();

function longestPhrases(phrases: Map<string, Int32Array>): Map<string, number> {
  let index = phraseStarts.get(phrases);
  if (index === undefined || index.size !== phrases.size) {
    const longest = new Map<string, number>();
    for (const key of phrases.keys()) {
      const parts = key.split(" ");
      const first = parts[0] ?? "";
      longest.set(first, Math.max(longest.get(first) ?? 0, parts.length));
    }
    index = { size: phrases.size, longest };
    phraseStarts.set(phrases, index);
  }
  return index.longest;
}

/** Longest gazetteer phrase at each position: phrase[i] = (typeBits << 1) | inside. */
function markPhrases(a: Atoms, stems: string[], ctx: FeatureContext): void {
  const phrases = ctx.gazetteer.phrases;
  if (phrases.size === 0) return;
  const longest = longestPhrases(phrases);
  for (let i = 0; i < a.n; i++) {
    const c = a.cap[i];
    if (c === Cap.Lower || c === Cap.Other || a.phrase[i]) continue;
    const most = longest.get(stems[i] ?? "");
    if (most === undefined) continue;
    for (let len = Math.min(MAX_PHRASE_TOKENS, most, a.n - i); len >= 2; len--) {
      let key = stems[i] ?? "";
      for (let j = 1; j < len; j++) key += ` ${stems[i + j]}`;
      const bits = entryTypeBits(phrases.get(key), ctx.excludedSources);
      if (bits === 0) continue;
      a.phrase[i] = (bits << 1) | 0;
      for (let j = 1; j < len; j++) a.phrase[i + j] = (bits << 1) | 1;
      break;
    }
  }
}

/** How many features `surfaceFeatures` writes (always the same number). */
export const SURFACE_FEATURE_COUNT = 14;

/**
 * Positions (in tokenFeatures' output) of the features that identify the word itself: its form, stem,
 * language-conjoined form and bigrams with it. Training drops them at random (word dropout) so the
 * model learns to recognize names from context and shape, as it must for names it has never seen.
 */
export const IDENTITY_FEATURE_SLOTS: readonly number[] = [0, 1, 10, SURFACE_FEATURE_COUNT + 3, SURFACE_FEATURE_COUNT + 4];

/** Most features a token can have (size of the buffer tokenFeatures fills), language copies included. */
export const MAX_FEATURES_PER_TOKEN = 128;

/**
 * With `a.augment`, out[from, to) becomes each feature followed by its language-conjoined copy
 * (so a base feature at position p is at 2p and 2p + 1); returns the new end.
 */
function interleaveLanguageCopies(a: Atoms, out: Uint32Array, from: number, to: number): number {
  if (!a.augment) return to;
  const lang = a.lang;
  for (let k = to - from - 1; k >= 0; k--) {
    const h = out[from + k] as number;
    out[from + 2 * k] = h;
    out[from + 2 * k + 1] = mix(lang, h);
  }
  return from + 2 * (to - from);
}

const BOUNDARY = 0x5bd1e995;

/** Fill `out` with the feature hashes of token i; returns how many. */
export function tokenFeatures(a: Atoms, i: number, out: Uint32Array): number {
  return contextFeatures(a, i, out, surfaceFeatures(a, i, out, 0));
}

/**
 * The features of token i that its surface and the document's language alone decide (its form, stem,
 * affixes, shape): the same wherever the word stands, so `emissions` adds up their weights once per surface.
 * Writes SURFACE_FEATURE_COUNT hashes from out[m] (twice as many with language copies); returns the next position.
 */
export function surfaceFeatures(a: Atoms, i: number, out: Uint32Array, m: number): number {
  const from = m;
  const w0 = a.word[i] as number;
  const lang = a.lang;
  out[m++] = mix(2, w0);
  out[m++] = mix(7, a.stem[i] as number);
  for (let k = 0; k < AFFIX_LENGTHS; k++) out[m++] = mix(11 + k, (a.suffix[k] as Uint32Array)[i] as number);
  for (let k = 0; k < AFFIX_LENGTHS - 1; k++) out[m++] = mix(21 + k, (a.prefix[k] as Uint32Array)[i] as number);
  out[m++] = mix(30, a.shape[i] as number);
  out[m++] = mix3(46, lang, w0);
  out[m++] = mix3(47, lang, (a.suffix[2] as Uint32Array)[i] as number);
  out[m++] = mix3(48, lang, (a.suffix[3] as Uint32Array)[i] as number);
  out[m++] = mix3(49, lang, (a.suffix[1] as Uint32Array)[i] as number);
  return interleaveLanguageCopies(a, out, from, m);
}

/** Where a neighbour's features come from: the token 1 or 2 before or after. */
export enum Neighbour {
  Left1 = 0,
  Right1 = 1,
  Left2 = 2,
  Right2 = 3,
}

export const NEIGHBOURS: readonly Neighbour[] = [Neighbour.Left1, Neighbour.Right1, Neighbour.Left2, Neighbour.Right2];

/** The position of the neighbour `side` of token i (may be outside the document: then it is a boundary). */
export function neighbourOf(i: number, side: Neighbour): number {
  return side === Neighbour.Left1 ? i - 1 : side === Neighbour.Right1 ? i + 1 : side === Neighbour.Left2 ? i - 2 : i + 2;
}

/**
 * The features a token at position i gets from its neighbour j = neighbourOf(i, side) alone, written by j
 * (j outside [0, n) is the document boundary). They depend on j's surface only (form, stem, shape, suffix,
 * name lists, cluster), so `emissions` sums them once per surface and side.
 */
export function neighbourFeatures(a: Atoms, j: number, side: Neighbour, out: Uint32Array, m: number): number {
  const from = m;
  const inside = j >= 0 && j < a.n;
  const w = inside ? (a.word[j] as number) : BOUNDARY;
  if (side === Neighbour.Left2) out[m++] = mix(5, w);
  else if (side === Neighbour.Right2) out[m++] = mix(6, w);
  else {
    const left = side === Neighbour.Left1;
    const stem = inside ? (a.stem[j] as number) : BOUNDARY;
    const shape = inside ? (a.shape[j] as number) : BOUNDARY;
    const gaz = inside ? (a.gaz[j] as number) : 0;
    out[m++] = mix(left ? 3 : 4, w);
    out[m++] = mix(left ? 8 : 9, stem);
    out[m++] = mix(left ? 31 : 32, shape);
    out[m++] = mix(left ? 40 : 41, gaz);
    if (left) out[m++] = mix3(51, a.lang, w);
    else out[m++] = mix(45, inside ? ((a.suffix[2] as Uint32Array)[j] as number) : BOUNDARY);
    if (a.hasClusters) out[m++] = mix(left ? 71 : 72, inside ? (a.cluster[j] as number) : BOUNDARY);
  }
  return interleaveLanguageCopies(a, out, from, m);
}

/**
 * The features of token i that depend on where it stands: its neighbours (±2), case at the sentence start,
 * the name lists, the document's evidence and the clusters. The features from one neighbour alone come
 * last (neighbourFeatures); the rest, first, pair the token with its neighbours or its place.
 */
export function contextFeatures(a: Atoms, i: number, out: Uint32Array, m: number): number {
  m = positionFeatures(a, i, out, m);
  for (const side of NEIGHBOURS) m = neighbourFeatures(a, neighbourOf(i, side), side, out, m);
  return m;
}

/**
 * The features of token i that pair it with a neighbour or with its place in the sentence and document:
 * what is left of contextFeatures once the neighbours' own features are taken out. No closures: this is
 * the hot loop.
 */
export function positionFeatures(a: Atoms, i: number, out: Uint32Array, m: number): number {
  const from = m;
  const n = a.n;
  const hasL1 = i >= 1;
  const hasR1 = i + 1 < n;
  const word = a.word;
  const shape = a.shape;
  const capA = a.cap;
  const gazA = a.gaz;
  const s2 = a.suffix[1] as Uint32Array;
  const s3 = a.suffix[2] as Uint32Array;
  const w0 = word[i] as number;
  const wL1 = hasL1 ? (word[i - 1] as number) : BOUNDARY;
  const wR1 = hasR1 ? (word[i + 1] as number) : BOUNDARY;
  const sh0 = shape[i] as number;
  const shL1 = hasL1 ? (shape[i - 1] as number) : BOUNDARY;
  const shR1 = hasR1 ? (shape[i + 1] as number) : BOUNDARY;
  const cap = capA[i] as number;
  const capL1 = hasL1 ? (capA[i - 1] as number) : 0;
  const capR1 = hasR1 ? (capA[i + 1] as number) : 0;
  const gz0 = gazA[i] as number;
  const lang = a.lang;
  const start = a.sentenceStart[i] as number;
  out[m++] = 1;
  out[m++] = mix3(33, shL1, sh0);
  out[m++] = mix3(34, sh0, shR1);
  out[m++] = mix3(35, wL1, w0);
  out[m++] = mix3(36, w0, wR1);
  out[m++] = mix3(37, cap, start);
  out[m++] = mix3(38, capL1 * 16 + cap, capR1);
  out[m++] = mix3(39, gz0, cap);
  out[m++] = mix(42, a.phrase[i] as number);
  out[m++] = mix3(43, a.docCap[i] as number, cap * 2 + start);
  out[m++] = mix3(44, hasL1 ? (s3[i - 1] as number) : BOUNDARY, cap);
  out[m++] = mix3(50, lang, cap * 2 + start);
  out[m++] = mix3(52, s2[i] as number, cap);
  if (gz0 !== 0) for (let k = 0; k < GAZ_TYPE_SLOTS; k++) if (gz0 & (1 << k)) out[m++] = mix(60 + k, cap);
  if (a.hasClusters) {
    const cl = a.cluster;
    const c0 = cl[i] as number;
    out[m++] = mix(70, c0);
    out[m++] = mix3(73, c0, cap);
    // The coarse level (see clusters.ts: id = coarse · CLUSTER_LEVEL + fine), with its neighbours.
    const k0 = c0 >>> CLUSTER_LEVEL_BITS;
    if (k0 !== 0) {
      out[m++] = mix3(74, k0, cap);
      out[m++] = mix3(75, hasL1 ? (cl[i - 1] as number) >>> CLUSTER_LEVEL_BITS : BOUNDARY, k0);
      out[m++] = mix3(76, k0, hasR1 ? (cl[i + 1] as number) >>> CLUSTER_LEVEL_BITS : BOUNDARY);
    }
  }
  return interleaveLanguageCopies(a, out, from, m);
}
