// Document-level consistency: a name recognized once is recognized at its other occurrences too,
// inflected forms included (tokens are compared by their rough stems), with the type it got most.
// Surnames of recognized full person names count as that person's mentions. Spans the model found
// are retyped only by their exact surface, and only when the model was unsure: majority retyping by
// stem did more harm than good (a demonym and its country share a stem: "Българи" PER, "България" LOC).

import { type KnownType, unifyEnumerations } from "./enumerations.ts";
import { type Atoms, Cap } from "./features.ts";
import { ENTITY_TAG_TYPES, type TagType } from "./labels.ts";
import type { RecognizedSpan } from "./recognize.ts";
import { nameStem } from "./stem.ts";
import type { RecToken } from "./tokenize.ts";

/** Longest name (tokens) the pass looks for. */
export const MAX_CONSISTENCY_TOKENS = 4;
/** Tokens up to this length must match as written (ЄС, ЕС, ТАСС), not by stem. */
export const SHORT_TOKEN_CHARS = 3;
/** Confidence factor for mentions added by propagation. */
export const PROPAGATED_SCORE_FACTOR = 0.8;
/** Spans at least this confident keep their type whatever the rest of the document says. */
export const RETYPE_MAX_SCORE = 0.9;
/** Share of a surface's summed confidence its winning type needs to retype the unsure spans. */
export const RETYPE_MIN_SHARE = 0.7;
/** A name spreads to its other occurrences only when the model was this sure of one of them (errors spread too). */
export const MIN_PROPAGATION_CONFIDENCE = 0.9;
/** Least summed confidence of a name's winning type before its other occurrences are added. */
export const MIN_PROPAGATION_VOTE = 0.4;

interface Votes {
  byType: Map<TagType, number>;
  /** Highest confidence of one span of the name. */
  best: number;
  lowercase: boolean;
  tokens: number;
}

function tokenKey(surface: string, stem: string | undefined): string {
  return surface.length <= SHORT_TOKEN_CHARS ? `=${surface}` : (stem ?? nameStem(surface));
}

function isNameCase(cap: number): boolean {
  return cap === Cap.Title || cap === Cap.Upper || cap === Cap.Mixed || cap === Cap.CapsLine || cap === Cap.Digit;
}

/** The token is a listed name, but never of this type (a country is not the person "Българи" shares a stem with). */
function contradictsGazetteer(gazBits: number, type: TagType): boolean {
  return gazBits !== 0 && (gazBits & (1 << ENTITY_TAG_TYPES.indexOf(type))) === 0;
}

function winner(v: Votes): [TagType, number] {
  let best: TagType = "PER";
  let bestScore = -1;
  let sum = 0;
  for (const [t, s] of v.byType) {
    sum += s;
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return [best, sum > 0 ? bestScore / sum : 0];
}

/** Apply type voting and propagation; returns spans sorted by start. */
export function enforceConsistency(
  text: string,
  tokens: RecToken[],
  spans: RecognizedSpan[],
  atoms: Atoms,
  knownType?: KnownType,
): RecognizedSpan[] {
  if (spans.length === 0) return spans;
  const keys = tokens.map((t, i) => tokenKey(t.surface, atoms.stems[i]));
  const votes = new Map<string, Votes>();
  const vote = (key: string, type: TagType, score: number, lowercase: boolean, n: number, confidence = score) => {
    let v = votes.get(key);
    if (!v) {
      v = { byType: new Map(), lowercase, tokens: n, best: 0 };
      votes.set(key, v);
    }
    v.byType.set(type, (v.byType.get(type) ?? 0) + score);
    v.best = Math.max(v.best, confidence);
    v.lowercase ||= lowercase;
  };
  const spanKey = (s: RecognizedSpan) => keys.slice(s.tokenStart, s.tokenEnd).join(" ");
  for (const s of spans) {
    if (s.type === "MISC") continue;
    const n = s.tokenEnd - s.tokenStart;
    if (n > MAX_CONSISTENCY_TOKENS) continue;
    vote(spanKey(s), s.type, s.score, atoms.cap[s.tokenStart] === Cap.Lower, n);
    const last = s.tokenEnd - 1;
    if (s.type === "PER" && n >= 2 && isNameCase(atoms.cap[last] ?? 0) && (tokens[last]?.surface.length ?? 0) > SHORT_TOKEN_CHARS) {
      vote(keys[last] ?? "", "PER", s.score * 0.5, false, 1, s.score);
    }
  }
  const out: RecognizedSpan[] = [...spans];
  // Other occurrences of a recognized name (only tokens whose key starts some voted name are tried).
  const firstKeys = new Set<string>();
  for (const k of votes.keys()) firstKeys.add(k.split(" ", 1)[0] ?? "");
  const covered = new Uint8Array(tokens.length);
  for (const s of out) for (let k = s.tokenStart; k < s.tokenEnd; k++) covered[k] = 1;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !firstKeys.has(keys[i] ?? "")) continue;
    for (let len = Math.min(MAX_CONSISTENCY_TOKENS, tokens.length - i); len >= 1; len--) {
      let free = true;
      for (let k = i; k < i + len; k++) if (covered[k]) free = false;
      if (!free) continue;
      const v = votes.get(len === 1 ? (keys[i] ?? "") : keys.slice(i, i + len).join(" "));
      if (!v || v.best < MIN_PROPAGATION_CONFIDENCE) continue;
      const cap = atoms.cap[i] ?? 0;
      if (!v.lowercase && !isNameCase(cap)) continue;
      if (v.lowercase && cap !== Cap.Lower) continue;
      const [type, share] = winner(v);
      if ((v.byType.get(type) ?? 0) < MIN_PROPAGATION_VOTE || contradictsGazetteer(atoms.gaz[i] ?? 0, type)) continue;
      const start = tokens[i]?.start ?? 0;
      const end = tokens[i + len - 1]?.end ?? start;
      let total = 0;
      for (const x of v.byType.values()) total += x;
      const score = Math.min(1, (total / Math.max(1, v.byType.size)) * share * PROPAGATED_SCORE_FACTOR);
      out.push({ start, end, surface: text.slice(start, end), type, score, tokenStart: i, tokenEnd: i + len, source: "consistency" });
      for (let k = i; k < i + len; k++) covered[k] = 1;
      i += len - 1;
      break;
    }
  }
  retypeSurnames(out, keys, atoms);
  retypeBySurface(out);
  return unifyEnumerations(
    text,
    tokens,
    out.sort((a, b) => a.start - b.start),
    atoms,
    knownType,
  );
}

/**
 * A lone word that is the surname of a person named in full in the document is that person, whatever
 * type the word got alone ("Asia Bibi" ... "Bibi", "David Davis" ... "Davis": names of places in the
 * lists), when the full name's confidences add up to MIN_PROPAGATION_CONFIDENCE (once sure, or a few
 * times less so). On the held-out topics, with one sure full name, this fixed nine such words for each
 * one it broke. Given names are not retyped so: it fixed "Азия" (Asia Bibi) but cost English 0.3 point
 * on wikigold, where a lone first word of a person's name is as often a place.
 */
function retypeSurnames(spans: RecognizedSpan[], keys: readonly string[], atoms: Atoms): void {
  const support = new Map<string, number>();
  for (const s of spans) {
    const last = s.tokenEnd - 1;
    if (s.type !== "PER" || s.tokenEnd - s.tokenStart < 2) continue;
    if (!isNameCase(atoms.cap[last] ?? 0) || (keys[last] ?? "=").startsWith("=")) continue;
    const key = keys[last] ?? "";
    support.set(key, (support.get(key) ?? 0) + s.score);
  }
  if (support.size === 0) return;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as RecognizedSpan;
    if (s.type === "PER" || s.type === "MISC" || s.tokenEnd - s.tokenStart !== 1) continue;
    if ((support.get(keys[s.tokenStart] ?? "") ?? 0) < MIN_PROPAGATION_CONFIDENCE) continue;
    spans[i] = { ...s, type: "PER", source: "consistency" };
  }
}

/**
 * Spans the model is unsure of (confidence below RETYPE_MAX_SCORE) take the type the same surface has,
 * by summed confidence, in the rest of the document, when that type clearly wins (RETYPE_MIN_SHARE).
 * By exact surface, not by stem: a demonym and its country share a stem, not a spelling.
 */
function retypeBySurface(spans: RecognizedSpan[]): void {
  const votes = new Map<string, Map<TagType, number>>();
  for (const s of spans) {
    if (s.type === "MISC") continue;
    const key = s.surface.toLowerCase();
    const v = votes.get(key) ?? new Map<TagType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + s.score);
    votes.set(key, v);
  }
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as RecognizedSpan;
    if (s.score >= RETYPE_MAX_SCORE || s.type === "MISC") continue;
    const v = votes.get(s.surface.toLowerCase());
    if (!v || v.size < 2) continue;
    let total = 0;
    let best: TagType = s.type;
    let bestScore = 0;
    for (const [t, x] of v) {
      total += x;
      if (x > bestScore) {
        best = t;
        bestScore = x;
      }
    }
    if (best !== s.type && bestScore >= 1 && bestScore / total >= RETYPE_MIN_SHARE) spans[i] = { ...s, type: best, source: "consistency" };
  }
}
