// Demonyms written in lowercase (Ukrainian "українців", Bulgarian "британците", Russian "пакистанцы"):
// the guidelines annotate them as PER, linked to their country, but the model rarely finds a lowercase
// name it has not seen. In the Cyrillic languages their plural nouns are the place's stem plus a -ц-
// suffix (Україна → українці, Британия → британци, Пакистан → пакистанцы); a lowercase word of that
// shape whose place stem is a listed place is read as a demonym. Adjectives (українських) have no
// -ц- and stay out; so do demonyms of other shapes (българи, поляки), which the model learns as words.

import { DEMONYM_LOOKALIKE_STEMS } from "../../lang-data/shared/demonym-lookalikes.ts";
import { Cap } from "./features.ts";
import { entryTypeBits, type Gazetteer } from "./gazetteer.ts";
import { ENTITY_TAG_TYPES } from "./labels.ts";
import type { RecognizedSpan } from "./recognize.ts";
import { foldWord, stemFolded } from "./stem.ts";
import type { RecToken } from "./tokenize.ts";

/** Languages whose demonyms follow the -ц- pattern. */
const DEMONYM_LANGS = new Set(["uk", "ru", "bg", "be"]);
/** Letters a place stem needs before a demonym is derived from it (short stems collide with words). */
export const MIN_PLACE_STEM = 4;
/** Confidence of a derived demonym: below the model's own confident spans. */
export const DEMONYM_SCORE = 0.6;
/** Infixes between the place stem and the -ц- (Америка → американці, Бельгія → бельгійці). */
const INFIXES = ["", "ан", "ян", "ій", "ий"];
const LOC_BIT = 1 << ENTITY_TAG_TYPES.indexOf("LOC");

/** Nouns in -ция/-ція (агенция, фракції) share the -ц- but are not demonyms. */
const TSIYA_NOUN = /ц(?:ия|ии|ию|ией|иям|иях|иями|ія|ії|ію|ією|іям|іях|іями)$/u;

function isPlace(gazetteer: Gazetteer, stem: string): boolean {
  return stem.length >= MIN_PLACE_STEM && (entryTypeBits(gazetteer.tokens.get(stem), 0) & LOC_BIT) !== 0;
}

/** True when the folded word is a demonym noun of a listed place. */
export function isDemonym(folded: string, gazetteer: Gazetteer): boolean {
  const stem = stemFolded(folded);
  if (!stem.endsWith("ц") || TSIYA_NOUN.test(folded) || DEMONYM_LOOKALIKE_STEMS.has(stem)) return false;
  const base = stem.slice(0, -1);
  return INFIXES.some((infix) => base.endsWith(infix) && isPlace(gazetteer, base.slice(0, base.length - infix.length)));
}

/**
 * `spans` with a PER span added for each lowercase token outside them that `isPerson` accepts (the
 * lowercase people of the guidelines: demonyms here, party members in party-members.ts), at `score`.
 */
export function addLowercasePeople(
  tokens: readonly RecToken[],
  caps: Uint8Array,
  spans: RecognizedSpan[],
  isPerson: (token: RecToken) => boolean,
  score: number,
): RecognizedSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) for (let k = s.tokenStart; k < s.tokenEnd; k++) covered[k] = 1;
  const added: RecognizedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || caps[i] !== Cap.Lower || !isPerson(t)) continue;
    added.push({ start: t.start, end: t.end, surface: t.surface, type: "PER", score, tokenStart: i, tokenEnd: i + 1, source: "rule" });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** Add lowercase demonyms the model left out, as PER spans (tokens inside a span are left alone). */
export function addDemonyms(
  tokens: readonly RecToken[],
  caps: Uint8Array,
  spans: RecognizedSpan[],
  lang: string,
  gazetteer: Gazetteer,
): RecognizedSpan[] {
  if (!DEMONYM_LANGS.has(lang)) return spans;
  const isPerson = (t: RecToken) => t.surface.length >= MIN_PLACE_STEM + 2 && isDemonym(foldWord(t.surface), gazetteer);
  return addLowercasePeople(tokens, caps, spans, isPerson, DEMONYM_SCORE);
}
