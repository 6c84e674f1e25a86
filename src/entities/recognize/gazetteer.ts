// Name lists as recognizer features: single name tokens and multi-token phrases, keyed by their rough
// stems (so case forms match), each with the entity types it was seen with and which sources (training
// topics, external lists) it came from, so training can leave out a document's own topic (jackknifing:
// otherwise the model learns to trust the list completely and fails on new names).

import { nameStem } from "./stem.ts";

/** Source bit for lists that are not training annotations (GeoNames, ISO names): never left out. */
export const EXTERNAL_SOURCE_BIT = 1 << 30;
/** Longest phrase (tokens) the gazetteer keeps. */
export const MAX_PHRASE_TOKENS = 4;
/** Entity type slots in an entry (the tag types of labels.ts, in order). */
export const GAZ_TYPE_SLOTS = 6;

export interface Gazetteer {
  /** stem → per type slot, a mask of sources. */
  tokens: Map<string, Int32Array>;
  /** stems joined by a space → per type slot, a mask of sources. */
  phrases: Map<string, Int32Array>;
}

export function emptyGazetteer(): Gazetteer {
  return { tokens: new Map(), phrases: new Map() };
}

function addKey(map: Map<string, Int32Array>, key: string, typeSlot: number, sourceBit: number): void {
  let entry = map.get(key);
  if (!entry) {
    entry = new Int32Array(GAZ_TYPE_SLOTS);
    map.set(key, entry);
  }
  entry[typeSlot] = (entry[typeSlot] ?? 0) | sourceBit;
}

/** True for a word that can carry a name by itself (not a lowercase function word inside a phrase). */
function isNameWord(word: string, single: boolean): boolean {
  if (word.length < 2 && !single) return false;
  if (!/[\p{L}\p{N}]/u.test(word)) return false;
  return single || word !== word.toLowerCase();
}

/** Add one name (its words) with a type slot and a source bit. */
export function addName(gaz: Gazetteer, words: string[], typeSlot: number, sourceBit: number): void {
  if (words.length === 0) return;
  const single = words.length === 1;
  for (const w of words) if (isNameWord(w, single)) addKey(gaz.tokens, nameStem(w), typeSlot, sourceBit);
  if (!single && words.length <= MAX_PHRASE_TOKENS) addKey(gaz.phrases, words.map(nameStem).join(" "), typeSlot, sourceBit);
}

/** Type bits (bit k = type slot k) of an entry, leaving out the sources in `excluded`. */
export function entryTypeBits(entry: Int32Array | undefined, excluded: number): number {
  if (!entry) return 0;
  let bits = 0;
  for (let k = 0; k < GAZ_TYPE_SLOTS; k++) if (((entry[k] ?? 0) & ~excluded) !== 0) bits |= 1 << k;
  return bits;
}

/** Serialize as `t|p <TAB> key <TAB> typeBits` lines, sources collapsed (the shipped model uses them all). */
export function serializeGazetteer(gaz: Gazetteer): string {
  const lines: string[] = [];
  for (const [key, entry] of gaz.tokens) lines.push(`t\t${key}\t${entryTypeBits(entry, 0)}`);
  for (const [key, entry] of gaz.phrases) lines.push(`p\t${key}\t${entryTypeBits(entry, 0)}`);
  return lines.join("\n");
}

export function parseGazetteer(text: string): Gazetteer {
  const gaz = emptyGazetteer();
  for (const line of text.split("\n")) {
    const [kind, key, bitsText] = line.split("\t");
    if (!key || !bitsText) continue;
    const bits = Number(bitsText);
    const entry = new Int32Array(GAZ_TYPE_SLOTS);
    for (let k = 0; k < GAZ_TYPE_SLOTS; k++) if (bits & (1 << k)) entry[k] = EXTERNAL_SOURCE_BIT;
    (kind === "p" ? gaz.phrases : gaz.tokens).set(key, entry);
  }
  return gaz;
}
