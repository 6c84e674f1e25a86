// Recognition of entity mentions in one text: tokenize (or take given tokens), compute features,
// decode each sentence with the model, turn BIO labels into spans with a confidence, then apply the
// span typer's second opinion on types, the document-level consistency pass, the types other articles
// gave the same names, and the rules for what the lexicon knows, Latin names in Cyrillic text, English
// titles and dates, company and place words, demonyms, numbered names, brackets, abbreviations and quotation marks.

import { takeAbbreviationDots } from "./abbreviations.ts";
import { carryToHeadNoun } from "./adjective-names.ts";
import { joinAmpersandNames } from "./ampersand-names.ts";
import { splitAtBrackets } from "./brackets.ts";
import { dropCalendarWords } from "./calendar-words.ts";
import { enforceConsistency } from "./consistency.ts";
import { type CorpusMatch, type CorpusNames, corpusMatches, corpusType, retypeByCorpus } from "./corpus-names.ts";
import { addDemonyms } from "./demonyms.ts";
import { trimEnglishTitles } from "./english-titles.ts";
import type { KnownType } from "./enumerations.ts";
import { type Atoms, computeAtoms, type FeatureDoc } from "./features.ts";
import { retypeLatinNames } from "./foreign-script.ts";
import { carryBackThroughHyphens, carryThroughGluedWords } from "./glued-words.ts";
import { splitJoinedNames } from "./joined-names.ts";
import { joinKnownPhrases } from "./known-phrases.ts";
import { applyKnownTypes } from "./known-types.ts";
import { beginLabel, insideLabel, isInside, LABEL_COUNT, labelType, O_LABEL, type TagType } from "./labels.ts";
import { dropDescriptions } from "./lowercase-phrases.ts";
import { emissions, labelMargins, type NerModel, viterbi } from "./model.ts";
import { retypeNationalities } from "./nationalities.ts";
import { joinNumberedNames, joinVersionNumbers, retypeNumberedPlaces } from "./numbered-names.ts";
import { listedAsPlaceOnly, retypeByOrganizationWords } from "./organization-words.ts";
import { addPartyMembers } from "./party-members.ts";
import { retypeByPlaceWords } from "./place-words.ts";
import { closeQuotedNames, wrapQuotedNames } from "./quoted-names.ts";
import { splitAtScriptSeams } from "./script-seams.ts";
import { retypeBySpanTyper, typeWidenedSpans } from "./span-types.ts";
import { type RecToken, tokenize } from "./tokenize.ts";

export interface RecognizedSpan {
  start: number;
  end: number;
  surface: string;
  type: TagType;
  /** Confidence in [0, 1] from the emission margins of its tokens. */
  score: number;
  tokenStart: number;
  tokenEnd: number;
  /**
   * `model`, `consistency` (added or retyped by the document pass), `corpus` (retyped by the evidence
   * of other articles) or `rule` (a demonym, or mended by what the lexicon knows).
   */
  source: "model" | "consistency" | "corpus" | "rule";
}

export interface Recognition {
  spans: RecognizedSpan[];
  tokens: RecToken[];
  /** The language the model read the text as (`xx` when it had no model for it). */
  modelLang: string;
}

/** Max-marginal margin (path score units) that maps to a confidence of about 0.73. */
export const MARGIN_SCALE = 10;
/**
 * Path-score bonus for labelling a run of tokens that spells a name with a corpus type as that name
 * (corpus-names.ts `corpusMatches`): about three MARGIN_SCALEs, so the model can still overrule it where
 * it is very sure. On the held-out topics gains rose from 4 to 20–40 and fell at 80 (forcing).
 */
export const CORPUS_PRIOR = 30;
/**
 * Lead (typer score units, per occurrence) the span typer needs over the sequence model's type to retype a
 * name. Always trusting the typer lost 0.6 point on the held-out topics; leads of 10 and 20 gained 0.2 there
 * (better or equal on every topic) and 10 gained 0.9 on wikigold, 20 only 0.3.
 */
export const SPAN_TYPER_MIN_LEAD = 10;

/**
 * What the lexicon knows, and else the people the corpus knows: a new person ("Maia Sandu") is in no
 * lexicon, but the store has found her in full in other articles.
 */
function withCorpusPeople(knownType: KnownType, corpus: CorpusNames | undefined, lang: string): KnownType {
  if (!corpus) return knownType;
  return (surface) => knownType(surface) ?? (corpusType(corpus, surface, lang) === "PER" ? "PER" : undefined);
}

/**
 * Spans the rules made longer than the model's (`decoded`) were typed by the model on a part of the
 * name: the typer types the whole. The rules hand back their input when they change nothing.
 */
function typeWidened(
  model: NerModel,
  atoms: Atoms,
  decoded: RecognizedSpan[],
  spans: RecognizedSpan[],
  english: boolean,
): RecognizedSpan[] {
  if (!model.typer || spans === decoded) return spans;
  const bounds = new Set(decoded.map((s) => `${s.tokenStart}:${s.tokenEnd}`));
  const widened = (s: RecognizedSpan) => !bounds.has(`${s.tokenStart}:${s.tokenEnd}`);
  return typeWidenedSpans(spans, widened, atoms, model.typer, model.gazetteer, english);
}

/** The language the model reads `lang` as. */
export function modelLanguage(model: NerModel, lang: string): string {
  return model.langs.includes(lang) ? lang : "xx";
}

export interface RecognizeOptions {
  /** Run the document-level consistency pass (default true). */
  consistency?: boolean;
  /** Types known outside the model (the lexicon's places and people): lists of names vote with them, unsure spans are mended by them. */
  knownType?: KnownType;
  /** Whether the news in this language name a person or place so (the linker's `isNewsName`). */
  isNewsName?: (surface: string) => boolean;
  /** Whether the lexicon knows a name only as an organization's (the linker's `knownOrganization`). */
  knownOrganization?: (surface: string) => boolean;
  /** The types other articles gave names (src/entities/recognize/corpus-names.ts): a name takes its corpus type. */
  corpus?: CorpusNames;
}

/** Recognize mentions in `text` of language `lang`. */
export function recognize(
  model: NerModel,
  text: string,
  lang: string,
  givenTokens?: RecToken[],
  options: RecognizeOptions = {},
): Recognition {
  const tokens = givenTokens ?? tokenize(text);
  const modelLang = modelLanguage(model, lang);
  const n = tokens.length;
  const sentenceStart = new Uint8Array(n);
  for (let i = 0; i < n; i++) sentenceStart[i] = tokens[i]?.sentenceStart ? 1 : 0;
  const surfaces = tokens.map((t) => t.surface);
  const prior = options.corpus ? corpusMatches(surfaces, lang, options.corpus) : [];
  const { labels, margins, atoms } = labelTokens(model, { surfaces, sentenceStart, lang: modelLang }, prior);
  // Pieces of a name the lists know as one phrase are joined first, so the typer and the passes see the whole name.
  const knownType = options.knownType;
  const joined = joinKnownPhrases(text, tokens, labelsToSpans(text, tokens, labels, margins), atoms, modelLang === "en");
  const carried = carryToHeadNoun(
    text,
    tokens,
    joined,
    lang,
    options.isNewsName ?? (knownType && ((surface) => knownType(surface) !== undefined)),
  );
  const glued = carryBackThroughHyphens(text, tokens, carryThroughGluedWords(text, tokens, carried, atoms.gaz));
  const decoded = joinAmpersandNames(text, tokens, typeWidened(model, atoms, joined, glued, modelLang === "en"));
  // The typer second-guesses the sequence model before the document passes, which then spread and vote
  // with its types (a list of towns the lexicon knows stays a list of towns).
  const spans = model.typer
    ? retypeBySpanTyper(decoded, atoms, model.typer, model.gazetteer, SPAN_TYPER_MIN_LEAD, modelLang === "en")
    : decoded;
  const separated = splitJoinedNames(text, tokens, splitAtScriptSeams(text, tokens, spans), atoms.gaz);
  const consistent = options.consistency === false ? separated : enforceConsistency(text, tokens, separated, atoms, options.knownType);
  const found = options.corpus ? retypeByCorpus(consistent, lang, options.corpus) : consistent;
  const known = options.knownType
    ? applyKnownTypes(text, tokens, found, withCorpusPeople(options.knownType, options.corpus, lang), options.knownOrganization)
    : found;
  const english = modelLang === "en";
  const titled = dropCalendarWords(
    tokens,
    trimEnglishTitles(text, tokens, retypeLatinNames(known, lang, options.knownType), english),
    english,
  );
  // In English only for now: Slavic output is left as it was measured.
  const listedPlace = english ? (s: RecognizedSpan) => listedAsPlaceOnly(atoms, s.tokenStart, s.tokenEnd, model.gazetteer) : undefined;
  const mended = retypeNationalities(tokens, retypeByPlaceWords(tokens, retypeByOrganizationWords(titled, listedPlace), english), english);
  const withDemonyms = addPartyMembers(text, tokens, atoms.cap, addDemonyms(tokens, atoms.cap, mended, lang, model.gazetteer), lang);
  const numbered = retypeNumberedPlaces(joinVersionNumbers(text, tokens, joinNumberedNames(text, tokens, withDemonyms)));
  const punctuated = takeAbbreviationDots(text, tokens, splitAtBrackets(text, tokens, numbered));
  const quoted = wrapQuotedNames(text, tokens, closeQuotedNames(text, tokens, punctuated), lang, model.quoted);
  return { spans: dropDescriptions(quoted), tokens, modelLang };
}

/**
 * Decode a token sequence (sentence by sentence): labels, their max-marginal margins and the atoms used.
 * Runs the corpus names (`prior`) get a bonus in decoding, but margins are the model's own (the plain
 * emissions): a name found only thanks to the corpus is not confident, so it never becomes evidence
 * itself, and reanalysis cannot feed on its own output.
 */
export function labelTokens(
  model: NerModel,
  doc: FeatureDoc,
  prior: readonly CorpusMatch[] = [],
): { labels: Uint8Array; margins: Float32Array; atoms: Atoms } {
  const atoms = computeAtoms(doc, { gazetteer: model.gazetteer, excludedSources: 0, clusters: model.clusters });
  const em = emissions(model, atoms);
  const n = doc.surfaces.length;
  let boosted: Float32Array | undefined;
  const boostedTokens = new Uint8Array(prior.length > 0 ? n : 0);
  if (prior.length > 0) {
    boosted = em.slice();
    for (const m of prior) {
      boosted[m.start * LABEL_COUNT + beginLabel(m.type)] += CORPUS_PRIOR;
      for (let k = m.start + 1; k < m.end; k++) boosted[k * LABEL_COUNT + insideLabel(m.type)] += CORPUS_PRIOR;
      for (let k = m.start; k < m.end; k++) boostedTokens[k] = 1;
    }
  }
  const labels = new Uint8Array(n);
  const margins = new Float32Array(n);
  const plain = boosted ? new Uint8Array(n) : labels;
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || doc.sentenceStart[i]) {
      if (boosted && boostedTokens.subarray(from, i).includes(1)) {
        viterbi(model.transitions, boosted, from, i, labels);
        // Forward scores of the plain emissions for the margins (labelMargins reads viterbi's scratch).
        viterbi(model.transitions, em, from, i, plain);
      } else {
        viterbi(model.transitions, em, from, i, labels);
      }
      labelMargins(model.transitions, em, from, i, labels, margins);
      from = i;
    }
  }
  return { labels, margins, atoms };
}

function tokenConfidence(margins: Float32Array, i: number): number {
  return 1 / (1 + Math.exp(-(margins[i] ?? 0) / MARGIN_SCALE));
}

/** BIO labels → spans (an I without its B opens a span too). */
export function labelsToSpans(text: string, tokens: RecToken[], labels: Uint8Array, margins?: Float32Array): RecognizedSpan[] {
  const spans: RecognizedSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const label = labels[i] ?? O_LABEL;
    const type = labelType(label);
    if (type === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isInside(labels[j] ?? 0) && labelType(labels[j] ?? 0) === type) j++;
    let conf = 0;
    for (let k = i; k < j; k++) conf += margins ? tokenConfidence(margins, k) : 1;
    const start = tokens[i]?.start ?? 0;
    const end = tokens[j - 1]?.end ?? start;
    spans.push({ start, end, surface: text.slice(start, end), type, score: conf / (j - i), tokenStart: i, tokenEnd: j, source: "model" });
    i = j;
  }
  return spans;
}
