// Base forms of entity mentions in their own language: the whole name if it is a known form,
// else each word rewritten by the longest matching suffix rule (language, type, position in the name).

import {
  ADJECTIVE_AGREEMENT,
  type AdjectiveAgreement,
  BULGARIAN_IA_ARTICLE,
  BULGARIAN_PLURAL_ARTICLE,
  FEMININE_FIRST_NAME_END,
  INDECLINABLE_FIRST_NAME_ENDING,
  POLISH_APOSTROPHE_ENDING,
  WOMANS_SURNAME,
} from "../../lang-data/shared/name-grammar.ts";
import { UK_LAST_VOWEL, UK_OBLIQUE_ENDINGS, UK_SOFT_ENDINGS } from "../../lang-data/uk/closed-syllable.ts";
import { RU_TO_UK_ENDING_LETTERS, UK_TO_RU_ENDING_LETTERS } from "../../lang-data/uk/russian-spelling.ts";
import type { EntityType } from "../../model/doc.ts";
import { TwoKeyMemo } from "../../text/memo.ts";
import { type LemmaModelParts, wholeModelParts } from "./lemma-file.ts";
import { formKey, type LemmaModelData, piecePosition, previousEnding, tableKeys } from "./lemma-model.ts";
import { isAllCaps, joinPieces, restoreCase, splitPieces } from "./name-pieces.ts";
import { type RewriteDist, type RuleTable, rankCandidates } from "./suffix-rules.ts";

/** A candidate base form less probable than this is never preferred for being a known word. */
export const MIN_CANDIDATE_PROB = 0.02;

/** A word in Latin letters: English names are known base forms for it (Junckera → Juncker). */
const LATIN_WORD = /^[\p{Script=Latin}\d'’-]+$/u;

/** Letters two forms of one name share at least (inflection changes endings): the document words compared. */
const STEM_KEY_LENGTH = 3;

function stemKey(word: string): string {
  return word.slice(0, STEM_KEY_LENGTH);
}

/** A document's words by `stemKey`, built once per set of words. */
const relatedIndexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();

function relatedWordsIndex(words: ReadonlySet<string>): Map<string, string[]> {
  let index = relatedIndexes.get(words);
  if (!index) {
    index = new Map();
    for (const w of words) {
      const k = stemKey(w);
      const list = index.get(k);
      if (list) list.push(w);
      else index.set(k, [w]);
    }
    relatedIndexes.set(words, index);
  }
  return index;
}

/**
 * Whether piece i is a capitalized word glued by a hyphen to a following word that is no number: the
 * parts of a hyphenated name but the last keep their form ("Баден-Вюртемберга", "Гам-Ковид-Вака"). In
 * SlavicNER's base forms such a part of an organization, product or event is always unchanged (593
 * times), of a place 88% of the time ("Франкфурте-на-Майне", "Гвинее-Бисау" decline). Persons' are
 * left to the rules: double names decline in both parts more often ("Жана-Клода", "Азию-Биби"). Before
 * a number the case ending is the word's own: "Covidu-19".
 */
function keepsCaseBeforeHyphen(parts: { pieces: readonly string[]; seps: readonly string[] }, i: number): boolean {
  const next = parts.pieces[i + 1];
  const first = parts.pieces[i]?.[0] ?? "";
  return next !== undefined && parts.seps[i + 1] === "-" && first !== first.toLowerCase() && !/^\p{N}/u.test(next);
}

/** A Bulgarian person's name word: capitalized, not a group's plural with its article (`BULGARIAN_PLURAL_ARTICLE`). */
function isBulgarianPersonalName(piece: string): boolean {
  return /^\p{Lu}/u.test(piece) && !BULGARIAN_PLURAL_ARTICLE.test(piece);
}

/** A neuter noun's ending that no genitive has (sl, cs "-o", ru, uk "-о"). */
const NEUTER_NOMINATIVE_END = /[oо]$/u;

/** A word's ranked candidates and the one chosen. */
interface WordReading {
  candidates: readonly [string, number][];
  lemma: string;
}

/**
 * Each adjective in an oblique case before a noun takes its highest-ranked candidate that agrees with the
 * noun's base form in gender (`ADJECTIVE_AGREEMENT`), where its chosen one does not: the words are lemmatized
 * one by one, and the rules for sl "-ega" know "-i", "-o" and "-e" alike. Right to left, so a run of
 * adjectives follows its noun.
 */
function agreeAdjectives(
  written: readonly string[],
  pieces: string[],
  readings: readonly (WordReading | undefined)[],
  agreement: AdjectiveAgreement,
  isKnownWord: (word: string) => boolean,
): void {
  const endings = Object.values(agreement.adjective);
  const singularAdjective = (c: string) => endings.some((e) => e.test(c));
  const adjectiveLike = (c: string) => agreement.plural?.test(c) === true || singularAdjective(c);
  for (let i = pieces.length - 2; i >= 0; i--) {
    const reading = readings[i];
    const noun = pieces[i + 1]?.toLowerCase();
    const writtenNoun = written[i + 1] as string;
    const word = (written[i] as string).toLowerCase();
    if (!reading || noun === undefined) continue;
    const gender = agreement.nounGender.find(([, ending]) => ending.test(noun))?.[0];
    if (gender === undefined) continue;
    const ending = agreement.adjective[gender];
    if (noun === writtenNoun.toLowerCase()) {
      // A word with an adjective's oblique ending before its complement may be a noun ("Палатой общин",
      // "Всемирной организацией здравоохранения"; the rules read "-ой", "-ей" as an adjective's): an
      // adjective would agree with the next word, which would decline with it. A candidate known as a
      // base-form word with no adjective's ending says so, where the rules chose no known word. Not a word
      // known as written ("иностранных" of "Министерство иностранных дел").
      const chosen = (pieces[i] as string).toLowerCase();
      if (agreement.oblique.test(word) && !isKnownWord(word) && (chosen === word || !isKnownWord(chosen))) {
        const known = reading.candidates.find(([c]) => c !== word && isKnownWord(c) && !adjectiveLike(c));
        if (known) {
          pieces[i] = restoreCase(written[i] as string, known[0]);
          continue;
        }
      }
      // Before a common noun (small letters, not a name, "zveze Nato", nor a preposition, "Univerzi v") left
      // as written that ends as a nominative does (a consonant, or -o: not a complement in the genitive,
      // "Pošte Slovenije"), an adjective written in the base form of its gender is in it too: "Окружной суд",
      // "Голубой поток", "České ministerstvo" (the rules made "Окружная", "Голубая", "Česká").
      const commonNoun = writtenNoun.length >= 3 && writtenNoun === writtenNoun.toLowerCase();
      const nominativeNoun = commonNoun && (gender === "m" || NEUTER_NOMINATIVE_END.test(noun));
      if (agreement.writtenBaseForm && nominativeNoun && reading.lemma !== word && ending.test(word)) pieces[i] = written[i] as string;
      continue;
    }
    // Otherwise only an adjective in an oblique case before a noun in it, which the rules changed: not
    // before a complement that keeps its case ("министерство иностранных дел").
    if (!agreement.oblique.test(word)) continue;
    if (ending.test(reading.lemma)) continue;
    // Only a word the rules read as an adjective (or left as written): ru "судом" is "суд", not "судой".
    if (reading.lemma !== word && !singularAdjective(reading.lemma)) continue;
    const agreeing = reading.candidates.find(([c]) => ending.test(c));
    if (agreeing) pieces[i] = restoreCase(written[i] as string, agreeing[0]);
  }
}

/** Candidates kept per word: a one-word name's known base form may rank fourth or fifth (`#choose`). */
export const CANDIDATES_PER_WORD = 5;

/** Share of a Ukrainian word's candidate probability given to the Russian rules (`#withRussianEvidence`). */
export const RUSSIAN_EVIDENCE_WEIGHT = 0.5;

/** Ukrainian letters Russian spells with two (ї) or with a sign (the apostrophe): such words keep their own rules. */
const NOT_IN_RUSSIAN_SPELLING = /[ї'’ʼ]/u;

/** Words whose ranked candidates are kept per lemmatizer before the table starts afresh. */
export const CANDIDATE_MEMO_MAX_ENTRIES = 100_000;

/**
 * The base form of a Ukrainian name whose last syllable closes in it: its vowel is і (ї after a
 * vowel) there and о or е (є) in every other case, "Харків" / "Харкова", "Львові", "Миколаєва",
 * "Борисполя" (Бориспіль). Suffix rules learned from news rarely see such a place, and the feminine
 * names ("Молдові" / "Молдова") teach the opposite rewrite; the gazetteer's names (and the words news write) tell
 * which is right.
 */
function ukrainianClosedSyllable(word: string, vocab: AttestedWords): string | undefined {
  for (const ending of UK_OBLIQUE_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    const m = UK_LAST_VOWEL.exec(stem);
    const base = m ? `${m[1]}${m[2] === "є" ? "ї" : "і"}${m[3]}` : undefined;
    if (base && vocab.has(base)) return base;
    if (base && vocab.has(`${base}ь`)) return `${base}ь`;
    // A soft stem keeps its vowel and ends in ь: "Кремлі", "Кремлем" (Кремль).
    if (UK_SOFT_ENDINGS.has(ending) && vocab.has(`${stem}ь`) && !vocab.has(stem)) return `${stem}ь`;
  }
  return undefined;
}

/** Lowercase words seen in running text, such as the vocabulary of the recognizer's word clusters. */
export interface AttestedWords {
  has(word: string): boolean;
}

export class Lemmatizer {
  readonly #parts: LemmaModelParts;
  // Tables, whole forms and vocabularies are indexed on first use: a run meets a few languages of many.
  readonly #tables = new Map<string, RuleTable | null>();
  readonly #forms = new Map<string, Map<string, string> | null>();
  readonly #vocab = new Map<string, Set<string> | null>();
  readonly #indeclinable = new Map<string, Set<string> | null>();
  readonly #complements = new Map<string, Set<string> | null>();
  /** Base forms of whole mentions by language and type (without document words): names recur across articles. */
  readonly #lemmas = new TwoKeyMemo<string, string>(CANDIDATE_MEMO_MAX_ENTRIES);
  /** Ranked candidates by rule tables and word: names repeat across mentions and articles. */
  readonly #candidates = new TwoKeyMemo<string, readonly [string, number][]>(CANDIDATE_MEMO_MAX_ENTRIES);

  /** Lowercase words seen in running news (any language), when known: see `#choose`. */
  readonly #attested: AttestedWords | undefined;

  /** A model whole (as learned) or by language (the shipped file, lemma-file.ts). */
  constructor(data: LemmaModelData | LemmaModelParts, attested?: AttestedWords) {
    this.#parts = "part" in data ? data : wholeModelParts(data);
    this.#attested = attested;
  }

  /** Languages the model has rules for. */
  get languages(): string[] {
    return [...this.#parts.languages];
  }

  #table(key: string): RuleTable | undefined {
    let t = this.#tables.get(key);
    if (t === undefined) {
      t = this.#parts.table(key) ?? null;
      this.#tables.set(key, t);
    }
    return t ?? undefined;
  }

  #formsOf(lang: string): Map<string, string> | undefined {
    let m = this.#forms.get(lang);
    if (m === undefined) {
      const forms = this.#parts.part(lang)?.forms;
      m = forms && Object.hasOwn(forms, lang) ? new Map(Object.entries(forms[lang] as Record<string, string>)) : null;
      this.#forms.set(lang, m);
    }
    return m ?? undefined;
  }

  /** A space-joined word list of the model's part for `lang` (`vocab`, `indeclinable`, `complements`) as a set, built on first use. */
  #wordSet(sets: Map<string, Set<string> | null>, lang: string, field: "vocab" | "indeclinable" | "complements"): Set<string> | undefined {
    let v = sets.get(lang);
    if (v === undefined) {
      const words = this.#parts.part(lang)?.[field];
      v = words && Object.hasOwn(words, lang) ? new Set((words[lang] as string).split(" ")) : null;
      sets.set(lang, v);
    }
    return v ?? undefined;
  }

  /** A first name that does not decline: seen so in the data (`indeclinableFirstNames`), or by its ending. */
  #isIndeclinableFirstName(word: string, lang: string): boolean {
    return (
      this.#wordSet(this.#indeclinable, lang, "indeclinable")?.has(word) === true ||
      INDECLINABLE_FIRST_NAME_ENDING[lang]?.test(word) === true
    );
  }

  #vocabOf(lang: string): Set<string> | undefined {
    return this.#wordSet(this.#vocab, lang, "vocab");
  }

  /**
   * The base form of one mention. `docWords` (lowercase words of the document's mentions) lets a word
   * take the base form that the other forms of its name in the document point to (`#paradigmChoice`).
   */
  lemmatize(surface: string, type: EntityType, lang: string, docWords?: ReadonlySet<string>): string {
    // A document's mention may reach for an unlikely known candidate (`#choose`); a lookup of a written word
    // (is "Severním" a known place?) may not.
    const reach = docWords !== undefined;
    const plain = this.#lemmas.get(`${lang} ${type}${reach ? " mention" : ""}`, surface, (s) =>
      this.#lemmatize(s, type, lang, undefined, reach),
    );
    if (!docWords) return plain;
    // The document's words change the answer only through words that share a piece's first letters
    // (`#paradigmChoice`): most mentions have none there, and keep the memoized answer.
    const related = relatedWordsIndex(docWords);
    for (const piece of splitPieces(surface.normalize("NFC")).pieces) {
      const word = piece.toLowerCase();
      if ((related.get(stemKey(word))?.length ?? 0) > 1) return this.#lemmatize(surface, type, lang, docWords, true);
    }
    return plain;
  }

  #lemmatize(surface: string, type: EntityType, lang: string, docWords: ReadonlySet<string> | undefined, reach: boolean): string {
    const text = surface.normalize("NFC");
    const known = this.#formsOf(lang)?.get(formKey(type, text));
    if (known !== undefined) return known;
    const parts = splitPieces(text);
    const n = parts.pieces.length;
    if (n === 0) return text.trim();
    // Bulgarian names take no case: the rules, learned mostly from nouns with an article ("Сената" → "Сенат"),
    // made "Ася" "Ас".
    if (lang === "bg" && type === "PER" && parts.pieces.every(isBulgarianPersonalName)) return text.trim();
    let nominative = false;
    let firstIndeclinable = false;
    // A woman's surname (cs, ru, uk) gives the name's case (cs -ová: the base form) and its base form, and
    // makes her first name a woman's: the rules, learned mostly from men's names, read cs "Kamala" as the
    // genitive of "Kamal", and know too few women's surnames in -ой, -ої.
    const firstName = (parts.pieces[0] as string).toLowerCase();
    const womansSurname = type === "PER" && n > 1 ? WOMANS_SURNAME[lang] : undefined;
    const womans =
      womansSurname && (womansSurname.firstName?.test(firstName) ?? true)
        ? womansSurname.pattern.exec((parts.pieces[n - 1] as string).toLowerCase())
        : null;
    if (womans && womans[2] === womansSurname?.nominative) nominative = true;
    const agreement = type !== "PER" && n > 1 ? ADJECTIVE_AGREEMENT[lang] : undefined;
    const readings: (WordReading | undefined)[] | undefined = agreement ? [] : undefined;
    const pieces = parts.pieces.map((piece, i) => {
      const word = piece.toLowerCase();
      if (womans && womansSurname && i === n - 1) return restoreCase(piece, `${womans[1]}${womansSurname.base}`);
      // Abbreviations (ЕС, НАТО) are written the same in every case; so is a capitalized word glued by a
      // hyphen to the next one, which alone declines (`keepsCaseBeforeHyphen`), but in a person's name
      // ("Азию-Биби", "Жана-Клода").
      if (isAllCaps(piece) || nominative || (type !== "PER" && keepsCaseBeforeHyphen(parts, i))) return piece;
      // A name's first word in "-ията" is a feminine noun in "-ия" with its article (149 of 150 in the
      // annotations); the rules took the last letter only ("пандемият").
      if (lang === "bg" && i === 0 && word.endsWith(BULGARIAN_IA_ARTICLE.ending)) return piece.slice(0, -BULGARIAN_IA_ARTICLE.article);
      const apostrophe = lang === "pl" && type === "PER" ? POLISH_APOSTROPHE_ENDING.exec(piece) : null;
      if (apostrophe) return apostrophe[1] as string;
      // After a first name that never declines, its ending says nothing of the surname's case.
      const afterIndeclinable = i === 1 && firstIndeclinable;
      const previous = afterIndeclinable ? "" : previousEnding(parts.pieces, i);
      // A surname after a first name whose ending never declines (ru, uk: "Джо") is read as a one-word name:
      // the last-word tables, with the case left unsaid, tie on "Джо Байдену" and keep it; alone, "Байдену"
      // is "Байден". Not after a first name only seen undeclined ("Сергей" in an annotation slip): the
      // one-word tables read "-ов" as a plural ("Удалов" → "Удалы").
      const alone = afterIndeclinable && n === 2 && INDECLINABLE_FIRST_NAME_ENDING[lang]?.test(firstName) === true;
      const keys = tableKeys(lang, type, alone ? piecePosition(0, 1) : piecePosition(i, n), previous);
      const ranked = this.#rankedCandidates(word, keys);
      // A woman's first name is no man's: not a candidate that drops a vowel ending ("Kamala" is no "Kamal"),
      // but one in a vowel or the word itself where it does not decline ("Ingrid").
      const feminineEnd = FEMININE_FIRST_NAME_END[lang];
      const feminine = womans && i === 0 && feminineEnd ? ranked.filter(([c]) => c === word || feminineEnd.test(c)) : ranked;
      const candidates = feminine.length > 0 ? feminine : ranked;
      const inDoc = docWords ? this.#paradigmChoice(word, candidates, keys, docWords) : undefined;
      const lemma = this.#choose(word, candidates, lang, inDoc, type !== "PER", n === 1, reach, i > 0);
      if (readings) readings[i] = { candidates, lemma };
      // A person's first name in its base form puts the whole name in it: the words of a name agree in
      // case, so "Майя Санду" is nominative and its surname, one that does not decline, stays as written.
      // Not a first name that never declines: "Джо Байдену".
      if (i === 0 && n > 1 && type === "PER" && lemma === word && !womans) {
        firstIndeclinable = this.#isIndeclinableFirstName(word, lang);
        if (!firstIndeclinable && word.length > 2 && this.#vocabOf(lang)?.has(word)) nominative = true;
      }
      return restoreCase(piece, lemma);
    });
    if (agreement && readings) agreeAdjectives(parts.pieces, pieces, readings, agreement, (w) => this.#vocabOf(lang)?.has(w) === true);
    return joinPieces({ pieces, seps: parts.seps }).trim();
  }

  /**
   * The candidate that the forms of the word's name in the document agree on, when the document writes
   * it. Each candidate is scored by its probability for the word plus its probability for each other
   * document word with the same first letters; the best is chosen if it is written in the document, and
   * the word itself only when another form points to it. "Moskvo" and "Moskvi" both point to "moskva",
   * so "Moskva" stays as written, though the suffix rules alone also allow "moskvo" (written there too);
   * "Gazproma" keeps an unseen "Gazprom" from losing "-om" as an instrumental; "Лукашенка" takes
   * "Лукашенко" written elsewhere. Another form's probability is the higher of the word's tables' and
   * the language's: Slovenian ORG names in "-a" are mostly feminine nominatives, so by the ORG tables
   * alone "Gazproma" is no genitive.
   */
  #paradigmChoice(
    word: string,
    candidates: readonly [string, number][],
    keys: string[],
    docWords: ReadonlySet<string>,
  ): string | undefined {
    const others = relatedWordsIndex(docWords).get(stemKey(word));
    if (!others) return undefined;
    const languageKeys = keys.slice(-1);
    // Each other form's readings, under the word's tables and the language's, fetched once.
    const readings: (readonly [string, number][])[] = [];
    for (const v of others) if (v !== word) readings.push(this.#rankedCandidates(v, keys), this.#rankedCandidates(v, languageKeys));
    let best: string | undefined;
    let bestSupport = 0;
    let bestEvidence = 0;
    for (const [c, p] of candidates) {
      if (p < MIN_CANDIDATE_PROB) continue;
      let evidence = 0;
      for (let r = 0; r < readings.length; r += 2) {
        let pv = 0;
        for (const [cv, q] of readings[r] as readonly [string, number][]) if (cv === c) pv = q;
        for (const [cv, q] of readings[r + 1] as readonly [string, number][]) if (cv === c && q > pv) pv = q;
        if (pv >= MIN_CANDIDATE_PROB) evidence += pv;
      }
      if (p + evidence > bestSupport) {
        best = c;
        bestSupport = p + evidence;
        bestEvidence = evidence;
      }
    }
    if (best === undefined || !docWords.has(best)) return undefined;
    return best !== word || bestEvidence >= MIN_CANDIDATE_PROB ? best : undefined;
  }

  /**
   * Which candidate a word takes, in order: 1. (a Ukrainian place or organization) the word's stem with
   * the vowel its base form alternates to, when that is a known word (`ukrainianClosedSyllable`); 2. the
   * one the other forms of the name in the document agree on (`inDoc`, `#paradigmChoice`); 3. one known
   * as a base-form word of the language: a plausible one, or for a one-word mention in a document (`reach`)
   * any of its candidates;
   * 4. (a one-word name) the word itself, when it is a known base-form word; 5. the most probable, or a
   * plausible one running news write when they never write the most probable (`attested`).
   */
  #choose(
    word: string,
    candidates: readonly [string, number][],
    lang: string,
    inDoc: string | undefined,
    alternates: boolean,
    alone: boolean,
    reach: boolean,
    later: boolean,
  ): string {
    const vocab = this.#vocabOf(lang);
    // The closed-syllable form is the nominative's (and the accusative's): one that news write is the base form
    // even when no annotated name has it ("Новий рік", "Договір", "Кремль" beside "Кремля").
    const attested = this.#attested;
    if (alternates && lang === "uk" && vocab) {
      const alternated = ukrainianClosedSyllable(word, attested ? { has: (w) => vocab.has(w) || attested.has(w) } : vocab);
      if (alternated) return alternated;
    }
    if (inDoc !== undefined) return inDoc;
    const latin = LATIN_WORD.test(word) && lang !== "en" ? this.#vocabOf("en") : undefined;
    // A word known only as a complement in longer names is in their case, not a one-word name's base form:
    // "Pensylwanii" of "Uniwersytet Pensylwanii" alone is "Pensylwania".
    const complements = alone ? this.#wordSet(this.#complements, lang, "complements") : undefined;
    const isBaseFormWord = (c: string) => vocab?.has(c) === true && complements?.has(c) !== true;
    // A one-word mention takes even an unlikely candidate that is a known word: the rules, learned mostly from
    // longer names' words, rate "Вісконсині" → "Вісконсина" above the GeoNames place "Вісконсин". In a longer
    // name, an unlikely candidate known as some other name's word is more often wrong than right. Not in a
    // lookup of a written word (the recognizer's `knownType`): there it made "Severním" of "Severním Irskem"
    // "Severní", a stray alias of North Carolina, and the known places side by side were split.
    const known = candidates.find(([c, p]) => ((alone && reach) || p >= MIN_CANDIDATE_PROB) && (isBaseFormWord(c) || latin?.has(c)));
    if (known) return known[0];
    // A one-word name that is itself a known base form stays one when no likely rewrite is: "Mołdawia" is
    // not "Mołdaw", though Wrocławia is Wrocław. (The words of longer base forms include complements in
    // other cases: "Генерального" of one is no base form of "Генерального совета".)
    if (alone && isBaseFormWord(word)) return word;
    const top = (candidates[0] ?? [word])[0];
    // The rules, learned from the language's own names, cut foreign ones too short ("Gazprom" → "Gazpr",
    // "Malaga" → "Malag", "BioNTech" → "BioNTec"): a word that news never write is no base form, so a
    // plausible candidate they do write is taken instead. Inflected forms are written too, so this only
    // turns away from non-words. A later word left as written is most often a complement in its own case
    // ("Evropska agencija za zdravila"), however rarely news write it.
    if (attested && !attested.has(top) && !(later && top === word)) {
      const written = candidates.find(([c, p]) => p >= MIN_CANDIDATE_PROB && attested.has(c));
      if (written) return written[0];
    }
    return top;
  }

  /** Base forms of all mentions of one document, each helped by the words of the others. */
  lemmatizeMentions(mentions: readonly { surface: string; type: EntityType }[], lang: string): string[] {
    const words = new Set<string>();
    for (const m of mentions) for (const p of splitPieces(m.surface.normalize("NFC")).pieces) words.add(p.toLowerCase());
    return mentions.map((m) => this.lemmatize(m.surface, m.type, lang, words));
  }

  /** Candidate base forms of one word of a name, most probable first. */
  wordCandidates(piece: string, type: EntityType, lang: string, index: number, count: number, limit = 3): [string, number][] {
    const word = piece.toLowerCase();
    return rankCandidates(word, this.#estimate(word, tableKeys(lang, type, piecePosition(index, count))), limit);
  }

  /** `rankCandidates` of the word under these tables, memoized (the tables never change after load). */
  #rankedCandidates(word: string, keys: string[]): readonly [string, number][] {
    return this.#candidates.get(keys.join("\u0000"), word, (w) => {
      const own = rankCandidates(w, this.#estimate(w, keys), CANDIDATES_PER_WORD);
      return keys[keys.length - 1] === "uk" ? this.#withRussianEvidence(w, keys, own) : own;
    });
  }

  /**
   * A Ukrainian word's candidates mixed with those of the Russian rules for its Russian spelling: Ukrainian
   * has a third of Russian's annotated names, and the two decline names alike, so the Russian rules know
   * endings the Ukrainian ones have barely seen ("Путіним" read as "Путиным" → "Путін"; "Нафтогазу",
   * "коронавірусом", "Сполученого Королівства"). Gold-mention uk base forms 6,221 → 6,301 of 6,730.
   */
  #withRussianEvidence(word: string, keys: string[], own: readonly [string, number][]): readonly [string, number][] {
    if (NOT_IN_RUSSIAN_SPELLING.test(word)) return own;
    const ruWord = Array.from(word, (c) => UK_TO_RU_ENDING_LETTERS[c] ?? c).join("");
    const russian = this.#estimate(
      ruWord,
      keys.map((k) => `ru${k.slice(2)}`),
    );
    if (!russian) return own;
    const merged = new Map<string, number>();
    for (const [c, p] of own) merged.set(c, (1 - RUSSIAN_EVIDENCE_WEIGHT) * p);
    for (const [c, p] of rankCandidates(ruWord, russian, CANDIDATES_PER_WORD)) {
      // The rewrite kept the first `k` letters: keep the Ukrainian ones, and spell what it added in Ukrainian.
      let k = 0;
      while (k < c.length && k < ruWord.length && c[k] === ruWord[k]) k++;
      const back = word.slice(0, k) + Array.from(c.slice(k), (x) => RU_TO_UK_ENDING_LETTERS[x] ?? x).join("");
      merged.set(back, (merged.get(back) ?? 0) + RUSSIAN_EVIDENCE_WEIGHT * p);
    }
    return [...merged].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATES_PER_WORD);
  }

  /** The rewrite distribution: the most general table first, each more specific one refining it. */
  #estimate(word: string, keys: string[]): RewriteDist | null {
    let dist: RewriteDist | null = null;
    for (let i = keys.length - 1; i >= 0; i--) {
      const table = this.#table(keys[i] as string);
      if (table) dist = table.estimate(word, dist);
    }
    return dist;
  }
}
