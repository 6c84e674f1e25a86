// Token features for the recognizer, by feature hashing. Per document, each token gets a few "atoms"
// (hashes of its lowercase form, stem, affixes, shape, capitalization, gazetteer and document evidence);
// the feature templates then combine atoms of the token and its neighbours (±2) by integer mixing only,
// so the string work is once per token and a feature costs a multiply.

import { entryTypeBits, GAZ_TYPE_SLOTS, type Gazetteer, MAX_PHRASE_TOKENS } from "./gazetteer.ts";
import { hashString, mix, mix3 } from "./hash.ts";
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
  sentenceStart: Uint8Array;
}

/** Share of all-caps words from which a line counts as written in capitals. */
export const CAPS_LINE_SHARE = 0.6;
export const CAPS_LINE_MIN_WORDS = 3;

function capClass(s: string): Cap {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let firstUpper = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? "";
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo !== up) {
      if (ch === up) {
        upper++;
        if (i === 0) firstUpper = true;
      } else lower++;
    } else if (ch >= "0" && ch <= "9") digit++;
  }
  if (digit > 0) return Cap.Digit;
  if (upper + lower === 0) return Cap.Other;
  if (upper === 0) return Cap.Lower;
  if (lower === 0) return upper === 1 ? Cap.Title : Cap.Upper;
  if (firstUpper && upper === 1) return Cap.Title;
  return Cap.Mixed;
}

function shapeOf(s: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const ch = s[i] ?? "";
    const lo = ch.toLowerCase();
    let c: string;
    if (lo !== ch.toUpperCase()) c = ch === lo ? "x" : "X";
    else if (ch >= "0" && ch <= "9") c = "d";
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const AFFIX_LENGTHS = 4;

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
    sentenceStart: doc.sentenceStart,
  };
  const stems: string[] = new Array(n);
  const capMid = new Map<string, number>();
  const lowerSeen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const surface = doc.surfaces[i] ?? "";
    const lower = foldWord(surface);
    const stem = stemFolded(lower);
    stems[i] = stem;
    a.word[i] = hashString(lower);
    a.stem[i] = hashString(stem, 0x1234567);
    for (let k = 1; k <= AFFIX_LENGTHS; k++) {
      const suffixArr = a.suffix[k - 1];
      if (suffixArr) suffixArr[i] = lower.length > k ? hashString(lower.slice(-k), 0x51) : 0;
      const prefixArr = a.prefix[k - 1];
      if (prefixArr) prefixArr[i] = lower.length > k ? hashString(lower.slice(0, k), 0x71) : 0;
    }
    a.shape[i] = hashString(shapeOf(surface), 0x33);
    const cap = capClass(surface);
    a.cap[i] = cap;
    if (ctx.clusters) a.cluster[i] = ctx.clusters.get(lower) ?? 0;
    const gazEntry = cap === Cap.Other ? undefined : ctx.gazetteer.tokens.get(stem);
    a.gaz[i] = entryTypeBits(gazEntry, ctx.excludedSources);
    if (cap === Cap.Title || cap === Cap.Upper || cap === Cap.Mixed) {
      if (!doc.sentenceStart[i]) capMid.set(stem, (capMid.get(stem) ?? 0) + 1);
    } else if (cap === Cap.Lower) lowerSeen.set(stem, (lowerSeen.get(stem) ?? 0) + 1);
  }
  markCapsLines(a);
  for (let i = 0; i < n; i++) {
    const stem = stems[i] ?? "";
    const c = a.cap[i] ?? 0;
    const own = c === Cap.Lower ? 0 : doc.sentenceStart[i] ? 0 : 1;
    const mid = (capMid.get(stem) ?? 0) - own;
    const low = (lowerSeen.get(stem) ?? 0) - (c === Cap.Lower ? 1 : 0);
    a.docCap[i] = (mid > 0 ? 1 : 0) | (low > 0 ? 2 : 0);
  }
  markPhrases(a, stems, ctx);
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

/** Longest gazetteer phrase at each position: phrase[i] = (typeBits << 1) | inside. */
function markPhrases(a: Atoms, stems: string[], ctx: FeatureContext): void {
  const phrases = ctx.gazetteer.phrases;
  if (phrases.size === 0) return;
  for (let i = 0; i < a.n; i++) {
    const c = a.cap[i];
    if (c === Cap.Lower || c === Cap.Other || a.phrase[i]) continue;
    for (let len = Math.min(MAX_PHRASE_TOKENS, a.n - i); len >= 2; len--) {
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

/** Most features a token can have (size of the buffer tokenFeatures fills). */
export const MAX_FEATURES_PER_TOKEN = 64;

const BOUNDARY = 0x5bd1e995;

/** Fill `out` with the feature hashes of token i; returns how many. */
export function tokenFeatures(a: Atoms, i: number, out: Uint32Array): number {
  const n = a.n;
  const w = (k: number) => (k < 0 || k >= n ? BOUNDARY : (a.word[k] ?? 0));
  const st = (k: number) => (k < 0 || k >= n ? BOUNDARY : (a.stem[k] ?? 0));
  const sh = (k: number) => (k < 0 || k >= n ? BOUNDARY : (a.shape[k] ?? 0));
  const cp = (k: number) => (k < 0 || k >= n ? 0 : (a.cap[k] ?? 0));
  const gz = (k: number) => (k < 0 || k >= n ? 0 : (a.gaz[k] ?? 0));
  const s = (len: number, k: number) => (k < 0 || k >= n ? BOUNDARY : (a.suffix[len - 1]?.[k] ?? 0));
  const p = (len: number, k: number) => a.prefix[len - 1]?.[k] ?? 0;
  const cl = (k: number) => (k < 0 || k >= n ? BOUNDARY : (a.cluster[k] ?? 0));
  const lang = a.lang;
  const start = a.sentenceStart[i] ?? 0;
  const cap = cp(i);
  let m = 0;
  out[m++] = 1;
  out[m++] = mix(2, w(i));
  out[m++] = mix(3, w(i - 1));
  out[m++] = mix(4, w(i + 1));
  out[m++] = mix(5, w(i - 2));
  out[m++] = mix(6, w(i + 2));
  out[m++] = mix(7, st(i));
  out[m++] = mix(8, st(i - 1));
  out[m++] = mix(9, st(i + 1));
  for (let k = 1; k <= AFFIX_LENGTHS; k++) out[m++] = mix(10 + k, s(k, i));
  for (let k = 1; k < AFFIX_LENGTHS; k++) out[m++] = mix(20 + k, p(k, i));
  out[m++] = mix(30, sh(i));
  out[m++] = mix(31, sh(i - 1));
  out[m++] = mix(32, sh(i + 1));
  out[m++] = mix3(33, sh(i - 1), sh(i));
  out[m++] = mix3(34, sh(i), sh(i + 1));
  out[m++] = mix3(35, w(i - 1), w(i));
  out[m++] = mix3(36, w(i), w(i + 1));
  out[m++] = mix3(37, cap, start);
  out[m++] = mix3(38, cp(i - 1) * 16 + cap, cp(i + 1));
  out[m++] = mix3(39, gz(i), cap);
  out[m++] = mix(40, gz(i - 1));
  out[m++] = mix(41, gz(i + 1));
  out[m++] = mix(42, a.phrase[i] ?? 0);
  out[m++] = mix3(43, a.docCap[i] ?? 0, cap * 2 + start);
  out[m++] = mix3(44, s(3, i - 1), cap);
  out[m++] = mix(45, s(3, i + 1));
  out[m++] = mix3(46, lang, w(i));
  out[m++] = mix3(47, lang, s(3, i));
  out[m++] = mix3(48, lang, s(4, i));
  out[m++] = mix3(49, lang, s(2, i));
  out[m++] = mix3(50, lang, cap * 2 + start);
  out[m++] = mix3(51, lang, w(i - 1));
  out[m++] = mix3(52, s(2, i), cap);
  for (let k = 0; k < GAZ_TYPE_SLOTS; k++) if (gz(i) & (1 << k)) out[m++] = mix(60 + k, cap);
  if (a.hasClusters) {
    out[m++] = mix(70, cl(i));
    out[m++] = mix(71, cl(i - 1));
    out[m++] = mix(72, cl(i + 1));
    out[m++] = mix3(73, cl(i), cap);
  }
  return m;
}
