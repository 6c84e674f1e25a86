// Evidence across the corpus: the types the model gave a name where it was sure of it, counted by
// article, under a key that holds across inflection, diacritics and script. One article rarely
// settles a new name's type; the other articles of the same story usually do: "Asia Bibi" is a
// person, not the continent, in most of them, and "Islámábád" is the place other languages call Исламабад.
// The evidence is plain data (a Map, which crosses to worker threads as it is), built by the caller
// from the store or a first pass, and only read here.

import { matchKey } from "../../text/key.ts";
import { memoize2 } from "../../text/memo.ts";
import { ENTITY_TAG_TYPES, type TagType } from "./labels.ts";

/** Names and tokens repeat across articles: each (text, language) is keyed once. */
const cachedKey = memoize2(matchKey);

/** Mentions at least this confident are evidence for the rest of the corpus. */
export const CORPUS_EVIDENCE_MIN_SCORE = 0.9;
/** Articles in which a name was confidently of one type before that type is its corpus type. */
export const CORPUS_MIN_ARTICLES = 3;
/** Share of the name's confident articles that type needs (a name the corpus disputes keeps the model's types). */
export const CORPUS_MIN_SHARE = 0.75;
/** Keys shorter than this (letters, spaces left out) are too ambiguous: `bb` is Bibi, Bob and Baba. */
export const CORPUS_MIN_KEY_CHARS = 4;
/** Names longer than this (words) are not counted: long spans are rarely repeated as written. */
export const CORPUS_MAX_WORDS = 4;

/** Per name key, the number of articles in which it was confidently of each type (ENTITY_TAG_TYPES order). */
export type CorpusNames = Map<string, number[]>;

/** One found mention, as evidence. */
export interface EvidenceMention {
  surface: string;
  type: string;
  score: number;
}

/** The corpus key of a name: its cross-script match key, or null when that is too short to trust. */
export function corpusKey(surface: string, lang: string): string | null {
  const key = cachedKey(surface, lang);
  if (key === "" || key.split(" ").length > CORPUS_MAX_WORDS) return null;
  return key.replace(/ /g, "").length >= CORPUS_MIN_KEY_CHARS ? key : null;
}

/** Count one article's confident mentions into `names` (each name once per article and type). */
export function addArticleEvidence(names: CorpusNames, mentions: readonly EvidenceMention[], lang: string): void {
  const seen = new Set<string>();
  for (const m of mentions) {
    const t = ENTITY_TAG_TYPES.indexOf(m.type as TagType);
    if (m.score < CORPUS_EVIDENCE_MIN_SCORE || t < 0 || m.type === "MISC") continue;
    const key = corpusKey(m.surface, lang);
    if (key === null || seen.has(`${t}\t${key}`)) continue;
    seen.add(`${t}\t${key}`);
    count(names, key, t);
    count(names, inLanguage(lang, key), t);
  }
}

function count(names: CorpusNames, key: string, t: number): void {
  let counts = names.get(key);
  if (!counts) {
    counts = ENTITY_TAG_TYPES.map(() => 0);
    names.set(key, counts);
  }
  counts[t] = (counts[t] ?? 0) + 1;
}

/** The key of a name's evidence in one language (annotators of a language keep their own conventions). */
const LANG_MARK = "\u0001";
function inLanguage(lang: string, key: string): string {
  return `${lang}${LANG_MARK}${key}`;
}

/**
 * The type the articles in `lang` clearly give the name, else the one all articles clearly give: where
 * the languages' conventions differ (Ukrainian news types "Євросоюз" as a place, the others as an
 * organization), an article follows its own language's.
 */
function typeInLanguage(names: CorpusNames, key: string, lang: string): TagType | undefined {
  return typeOfKey(names, inLanguage(lang, key)) ?? typeOfKey(names, key);
}

/** The type the corpus clearly gives `surface` (CORPUS_MIN_ARTICLES, CORPUS_MIN_SHARE), or undefined. */
export function corpusType(names: CorpusNames, surface: string, lang: string): TagType | undefined {
  const key = corpusKey(surface, lang);
  return key === null ? undefined : typeInLanguage(names, key, lang);
}

function typeOfKey(names: CorpusNames, key: string): TagType | undefined {
  const counts = names.get(key);
  if (!counts) return undefined;
  let best = 0;
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    total += counts[t] ?? 0;
    if ((counts[t] ?? 0) > (counts[best] ?? 0)) best = t;
  }
  const n = counts[best] ?? 0;
  return n >= CORPUS_MIN_ARTICLES && n / total >= CORPUS_MIN_SHARE ? ENTITY_TAG_TYPES[best] : undefined;
}

/**
 * Every span takes the type the corpus clearly gives its name, however sure the model was here: on
 * the held-out SlavicNER topics the corpus' majority beat the model's confidence (retyping only unsure
 * spans gained about two thirds as much). Names the model did not find are not added here (that lost
 * precision on every topic): the decoder is given `corpusMatches` instead, and the model decides.
 */
export function retypeByCorpus<S extends { surface: string; type: TagType; source: string }>(
  spans: readonly S[],
  lang: string,
  names: CorpusNames,
): S[] {
  if (names.size === 0) return [...spans];
  return spans.map((s) => {
    if (s.type === "MISC") return s;
    const type = corpusType(names, s.surface, lang);
    return type !== undefined && type !== s.type ? { ...s, type, source: "corpus" } : s;
  });
}

const FIRST_WORDS = new WeakMap<CorpusNames, { size: number; words: Set<string> }>();

/** The first word keys of the corpus' names (built once per evidence map, again only if it grew). */
function firstWordsOf(names: CorpusNames): Set<string> {
  const cached = FIRST_WORDS.get(names);
  if (cached && cached.size === names.size) return cached.words;
  const words = new Set<string>();
  for (const k of names.keys()) if (!k.includes(LANG_MARK)) words.add(k.split(" ", 1)[0] ?? "");
  FIRST_WORDS.set(names, { size: names.size, words });
  return words;
}

/** A run of tokens whose words make a name the corpus gives a type. */
export interface CorpusMatch {
  start: number;
  end: number;
  type: TagType;
}

/**
 * The runs of tokens (longest first, not overlapping) that spell a name with a corpus type, whether or
 * not the model found it here: the decoder leans towards them.
 */
export function corpusMatches(surfaces: readonly string[], lang: string, names: CorpusNames): CorpusMatch[] {
  const out: CorpusMatch[] = [];
  if (names.size === 0) return out;
  const keys = surfaces.map((w) => cachedKey(w, lang));
  const first = firstWordsOf(names);
  for (let i = 0; i < surfaces.length; i++) {
    if (!first.has(keys[i] ?? "")) continue;
    for (let len = Math.min(CORPUS_MAX_WORDS, surfaces.length - i); len >= 1; len--) {
      const key = keys.slice(i, i + len).join(" ");
      if (keys[i + len - 1] === "" || key.replace(/ /g, "").length < CORPUS_MIN_KEY_CHARS) continue;
      const type = typeInLanguage(names, key, lang);
      if (type === undefined) continue;
      out.push({ start: i, end: i + len, type });
      i += len - 1;
      break;
    }
  }
  return out;
}
