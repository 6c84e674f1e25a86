// Learns the base-form model from (surface, base form) pairs: suffix-rewrite tables per language,
// entity type and position of the word in the name, with back-off, plus whole names whose base
// form the rules would miss.

import type { EntityType } from "../../model/doc.ts";
import { splitPieces } from "./name-pieces.ts";
import { RuleLearner, type RuleTableData } from "./suffix-rules.ts";

/** Where a word sits in its name: `1` alone, `f` first, `m` middle, `l` last. */
export type PiecePosition = "1" | "f" | "m" | "l";

export interface LemmaSample {
  surface: string;
  lemma: string;
  type: EntityType;
  lang: string;
}

/** The base-form model (shipped packed by language: resources/lexicon/lemma-rules.bin, lemma-file.ts). */
export interface LemmaModelData {
  version: 1;
  /** Rule tables by key: `lang|type|position`, `lang|type`, `lang`. */
  tables: Record<string, RuleTableData>;
  /** Per language, `type\tsurface` (lowercase) → base form, only where the rules give another answer. */
  forms: Record<string, Record<string, string>>;
  /** Per language, the words (lowercase) seen in base forms, space-separated: a candidate that is one is preferred. */
  vocab: Record<string, string>;
  /** Per language, first names (lowercase) seen unchanged before a declined surname, space-separated (`indeclinableFirstNames`). */
  indeclinable?: Record<string, string>;
  /** Per language, words seen in base forms only as complements of a declined name, space-separated (`complementWords`). */
  complements?: Record<string, string>;
}

/** A name's words, NFC and lowercase. */
function lowerPieces(text: string): string[] {
  return splitPieces(text.normalize("NFC")).pieces.map((w) => w.toLowerCase());
}

function addWord(sets: Map<string, Set<string>>, lang: string, word: string): void {
  let set = sets.get(lang);
  if (!set) {
    set = new Set();
    sets.set(lang, set);
  }
  set.add(word);
}

/** Word sets as the model keeps them: per language (in order), the words sorted and space-separated; no empty lists. */
function wordLists(sets: Map<string, Iterable<string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of [...sets.keys()].sort()) {
    const words = [...(sets.get(lang) as Iterable<string>)].sort();
    if (words.length > 0) out[lang] = words.join(" ");
  }
  return out;
}

/** Times a first name must be seen unchanged before a declined word of the name, and never changed, to count as indeclinable. */
export const MIN_INDECLINABLE_SIGHTINGS = 2;

/**
 * First names that do not decline, per language: the first word of a person's name written as in its
 * base form while a later word of the name is not ("Джо Байдену" → "Джо Байден", "Берні Сандерса"),
 * at least MIN_INDECLINABLE_SIGHTINGS times, and never in another form; one letter is an initial or a
 * preposition, not a first name. A first name in its base form otherwise tells that the whole name is
 * ("Майя Санду"), which these names do not.
 */
export function indeclinableFirstNames(samples: readonly LemmaSample[]): Record<string, string> {
  const seen = new Map<string, Map<string, [unchanged: number, changed: number]>>();
  for (const s of samples) {
    if (s.type !== "PER") continue;
    const a = lowerPieces(s.surface);
    const b = lowerPieces(s.lemma);
    if (a.length < 2 || a.length !== b.length) continue;
    const first = a[0] as string;
    const changed = first !== b[0];
    if (!changed && a.every((w, i) => w === b[i])) continue;
    let byWord = seen.get(s.lang);
    if (!byWord) {
      byWord = new Map();
      seen.set(s.lang, byWord);
    }
    const counts = byWord.get(first) ?? [0, 0];
    counts[changed ? 1 : 0]++;
    byWord.set(first, counts);
  }
  const indeclinable = new Map<string, string[]>();
  for (const [lang, byWord] of seen) {
    indeclinable.set(
      lang,
      [...byWord]
        .filter(([w, [unchanged, changed]]) => w.length > 1 && unchanged >= MIN_INDECLINABLE_SIGHTINGS && changed === 0)
        .map(([w]) => w),
    );
  }
  return wordLists(indeclinable);
}

/**
 * Words that base forms hold only as a complement, per language: a later word of a name written as in
 * its base form while an earlier word is not ("Uniwersytetu Pensylwanii" → "Uniwersytet Pensylwanii"),
 * and never a one-word name, a name's first word, or a word that declines with its name ("Domu" of
 * "Białego Domu"). Such a word is in a case of its own, not the base form of a name it would open:
 * "Pensylwanii" alone is "Pensylwania".
 */
export function complementWords(samples: readonly LemmaSample[]): Record<string, string> {
  const complement = new Map<string, Set<string>>();
  const head = new Map<string, Set<string>>();
  for (const s of samples) {
    const a = lowerPieces(s.surface);
    const b = lowerPieces(s.lemma);
    if (a.length !== b.length || a.length === 0) continue;
    for (let i = 0; i < a.length; i++) addWord(i === 0 || a[i] !== b[i] ? head : complement, s.lang, b[i] as string);
  }
  const only = new Map<string, string[]>();
  for (const [lang, words] of complement)
    only.set(
      lang,
      [...words].filter((w) => !head.get(lang)?.has(w)),
    );
  return wordLists(only);
}

/** A word's reading seen at most this often is a slip when another reading of it is seen RARE_READING_RATIO times as often. */
export const RARE_READING_MAX = 2;
export const RARE_READING_RATIO = 3;

/**
 * The samples without annotation slips that the data outvotes: a word of a name given a base word (other
 * than itself) at most RARE_READING_MAX times, where the same word of the same type in the same language is
 * given another base word RARE_READING_RATIO times as often. Uk "Трампа" is "Трамп" six times and "Трам"
 * twice; a rule learned from the two, the only samples of its ending, rewrote every "Трампа" ("Германиz",
 * "Лонýдн" are such slips too). A word left as written is no vote: a complement keeps its case
 * ("Pensylwanii" of "Uniwersytet Pensylwanii") where alone it declines.
 */
export function withoutRareReadings<T extends LemmaSample>(samples: readonly T[]): T[] {
  const votes = new Map<string, Map<string, number>>();
  const readings = (s: LemmaSample): [key: string, base: string][] => {
    const a = lowerPieces(s.surface);
    const b = lowerPieces(s.lemma);
    if (a.length !== b.length) return [];
    const out: [string, string][] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push([`${s.lang}\t${s.type}\t${a[i]}`, b[i] as string]);
    return out;
  };
  const bySample = samples.map(readings);
  for (const sampleReadings of bySample) {
    for (const [key, base] of sampleReadings) {
      let m = votes.get(key);
      if (!m) {
        m = new Map();
        votes.set(key, m);
      }
      m.set(base, (m.get(base) ?? 0) + 1);
    }
  }
  const isRare = ([key, base]: [string, string]): boolean => {
    const m = votes.get(key) as Map<string, number>;
    const count = m.get(base) as number;
    if (count > RARE_READING_MAX) return false;
    for (const c of m.values()) if (c >= RARE_READING_RATIO * count) return true;
    return false;
  };
  return samples.filter((_, i) => !(bySample[i] as [string, string][]).some(isRare));
}

/** A known ending rewrite from language data (src/lang-data/<xx>/surname-declension.ts). */
export interface EndingPrior {
  lang: string;
  type: EntityType;
  positions: readonly PiecePosition[];
  ending: string;
  base: string;
  /** Votes it counts as (PRIOR_ENDING_VOTES when omitted). */
  votes?: number;
}

/** Votes a known ending rewrite counts as, against the endings seen in the data. */
export const PRIOR_ENDING_VOTES = 5;

export function piecePosition(index: number, count: number): PiecePosition {
  if (count === 1) return "1";
  if (index === 0) return "f";
  return index === count - 1 ? "l" : "m";
}

/** Letters of the previous word's ending that refine a word's rules (see `tableKeys`). */
export const PREVIOUS_ENDING_CHARS = 2;

/** The previous word's ending as a table-key refinement: its last letters, lowercase ("" for the first word). */
export function previousEnding(pieces: readonly string[], index: number): string {
  return index === 0 ? "" : (pieces[index - 1] ?? "").toLowerCase().slice(-PREVIOUS_ENDING_CHARS);
}

/**
 * Table keys for one word, most specific first. After the first word, the previous word's ending
 * refines the rules: a word after a noun is its complement and keeps its case ("Верховного суда
 * Пакистана" → "Верховный суд Пакистана"), a word after an adjective agrees with it and declines
 * ("Европейской комиссии" → "Европейская комиссия"), and endings tell the two apart.
 */
export function tableKeys(lang: string, type: EntityType, pos: PiecePosition, previous = ""): string[] {
  const keys = [`${lang}|${type}|${pos}`, `${lang}|${type}`, lang];
  return previous === "" ? keys : [`${lang}|${type}|${pos}|${previous}`, ...keys];
}

/** Normal form used for matching whole names: NFC, lowercase, one space. */
export function formKey(type: EntityType, surface: string): string {
  return `${type}\t${surface.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim()}`;
}

/**
 * Learns the tables from word pairs (names whose surface and base form have the same number of
 * words), then keeps the whole names the tables get wrong. `lemmatizeWith` is the lemmatizer the
 * finished tables give, used to find those names.
 */
export function learnLemmaModel(
  samples: LemmaSample[],
  lemmatizeWith: (model: LemmaModelData, s: LemmaSample) => string,
  priors: readonly EndingPrior[] = [],
): LemmaModelData {
  const learners = new Map<string, RuleLearner>();
  const learner = (key: string): RuleLearner => {
    let l = learners.get(key);
    if (!l) {
      l = new RuleLearner();
      learners.set(key, l);
    }
    return l;
  };
  for (const s of samples) {
    const a = splitPieces(s.surface.normalize("NFC")).pieces;
    const b = splitPieces(s.lemma.normalize("NFC")).pieces;
    if (a.length !== b.length || a.length === 0) continue;
    for (let i = 0; i < a.length; i++) {
      const form = a[i].toLowerCase();
      const lemma = b[i].toLowerCase();
      for (const key of tableKeys(s.lang, s.type, piecePosition(i, a.length), previousEnding(a, i))) learner(key).add(form, lemma);
    }
  }
  for (const p of priors) {
    for (const pos of p.positions)
      for (const key of tableKeys(p.lang, p.type, pos)) learner(key).addEnding(p.ending, p.base, p.votes ?? PRIOR_ENDING_VOTES);
  }
  const tables: Record<string, RuleTableData> = {};
  for (const key of [...learners.keys()].sort()) tables[key] = learners.get(key)!.finish();
  const words = new Map<string, Set<string>>();
  for (const s of samples) for (const word of lowerPieces(s.lemma)) addWord(words, s.lang, word);
  const vocab = wordLists(words);
  const model: LemmaModelData = {
    version: 1,
    tables,
    forms: {},
    vocab,
    indeclinable: indeclinableFirstNames(samples),
    complements: complementWords(samples),
  };

  // Whole names: the majority base form per (language, type, surface), kept where the rules differ and it
  // has as many words as the surface.
  const votes = new Map<string, Map<string, number>>();
  for (const s of samples) {
    const k = `${s.lang}\n${formKey(s.type, s.surface)}`;
    let m = votes.get(k);
    if (!m) {
      m = new Map();
      votes.set(k, m);
    }
    m.set(s.lemma, (m.get(s.lemma) ?? 0) + 1);
  }
  const bySurface = new Map<string, LemmaSample>();
  for (const s of samples) bySurface.set(`${s.lang}\n${formKey(s.type, s.surface)}`, s);
  for (const k of [...votes.keys()].sort()) {
    const m = votes.get(k)!;
    let top = "";
    let topCount = 0;
    for (const [lemma, count] of m) if (count > topCount || (count === topCount && lemma < top)) [top, topCount] = [lemma, count];
    const s = bySurface.get(k)!;
    if (lemmatizeWith(model, s).toLowerCase() === top.toLowerCase()) continue;
    // A base form of other words is the annotators' reading, not the name's form ("Солсбери" annotated as
    // "Собор в Солсбери", "Шмыгаль" as "Денис Шмыгаль"): learned whole, it rewrote every such mention.
    if (lowerPieces(s.surface).length !== lowerPieces(top).length) continue;
    const nl = k.indexOf("\n");
    const lang = k.slice(0, nl);
    model.forms[lang] ??= {};
    model.forms[lang][k.slice(nl + 1)] = top;
  }
  return model;
}
