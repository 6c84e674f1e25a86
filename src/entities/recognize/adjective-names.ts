// Slavic languages capitalize only the first word of most multi-word names: "Северный поток",
// "Severni tok", "Rokavski preliv", "Dolní sněmovna", "Народното събрание", "Палата громад". A model new
// to such a name finds the capitalized adjective and stops at the lowercase noun ("Северного" alone),
// and an adjective alone is no name under the guidelines. So a one-word span that is a capitalized
// adjective inside a sentence is carried on through the lowercase words after it, up to and including
// the first that is no adjective: the noun the name is about ("Русской православной церкви").
// Measured on the held-out topics (README); Polish is left out, as it capitalizes every word of such
// names ("Morze Bałtyckie") and its adjective endings are those of many nouns ("Moderna").

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/**
 * Endings of adjectives, by language: long enough to leave out the nouns that share short ones
 * ("Украиной", "Україною", "Ukrajino", "Belgií", "Азия" are nouns; "Красной", "Національною",
 * "Severni", "Dolní", "Северен" adjectives).
 */
const ADJECTIVE_ENDINGS: Readonly<Record<string, RegExp>> = {
  ru: /(?:ый|[^и]ий|ая|яя|ое|ее|ого|его|ому|ему|ым|[^и]им|ую|юю|ые|ие|ых|[^и]их|ыми|ими|ской|цкой|[^и]ной|овой|евой)$/u,
  be: /(?:ы|і|ая|ое|ае|ага|яга|аму|яму|ым|ім|ую|ыя|ія|ых|іх|ымі|імі|скай|цкай|[^і]най)$/u,
  uk: /(?:ий|ій|ого|ього|ому|ьому|ими|іми|[^аеиіїоуюя]им|[^аеиіїоуюя]их|ої|ської|цької|[^иії]ною|ською|цькою|[^иії]на|[^иії]не|[^иії]ну|[^иії]ні|ська|ське|ську|ські|цька|цьке|цьку|цькі)$/u,
  bg: /(?:ски|ска|ско|ските|ския|ският|ската|ското|[^аеиоуъюя]ен|[^аеиоуъюяйи]на|[^аеиоуъюя]но|[^аеиоуъюя]ни|ния|ният|ната|ното|ните)$/u,
  cs: /(?:ý|á|[^v]é|ého|ému|ém|ým|ými|ých|[nc]í|[nc]ího|[nc]ímu|[nc]ím|[nc]ími|[nc]ích|[šžč]í)$/u,
  sk: /(?:ý|á|é|ého|ému|om|ým|ými|ých|ej|[nc]í|[nc]ieho|[nc]iemu|[nc]om|[nc]ích)$/u,
  sl: /(?:[sšč]ki|[sšč]ka|[sšč]ko|[sšč]ke|[sšč]kega|[sšč]kem|[sšč]kemu|[sšč]kim|[sšč]kih|[^aeiou]ni|[^aeiou]na|[^aeiou]no|[^aeiou]ne|[^aeiou]nega|[^aeiou]nem|[^aeiou]nim|[^aeiou]nih|nji|nja|nje|njega|njem|ega)$/u,
  hr: /(?:[sšč]ki|[sšč]ka|[sšč]ko|[sšč]ke|[sšč]kog|[sšč]kom|[sšč]koj|[^aeiou]ni|[^aeiou]na|[^aeiou]no|[^aeiou]nog|[^aeiou]nom|[^aeiou]noj)$/u,
  sr: /(?:[sšč]ki|[sšč]ka|[sšč]ko|[sšč]ke|[sšč]kog|[sšč]kom|[sšč]koj|ски|ска|ско|ске|ског|ском|ској)$/u,
  mk: /(?:ски|ска|ско|ските|скиот|ската|ското|ен|ниот|ната|ното|ните)$/u,
};

/**
 * Endings of the adjectives after a name's first word, where they differ: a Bulgarian phrase carries its
 * article on its first word only ("Европейската централна банка"), so a later word with one is a noun
 * ("Камарата на общините").
 */
const LATER_ADJECTIVE_ENDINGS: Readonly<Record<string, RegExp>> = {
  bg: /(?:ски|ска|ско|[^аеиоуъюя]ен|[^аеиоуъюяйи]на|[^аеиоуъюя]но|[^аеиоуъюя]ни)$/u,
};

/**
 * Common nouns that open a name with a lowercase complement after a preposition, by language: Bulgarian
 * nouns with the definite article ("Камарата на общините", "Партията за независимост"). A place's name
 * written so ("Малта") is one the lexicon knows.
 */
const DEFINITE_HEADS: Readonly<Record<string, { head: RegExp; linkers: ReadonlySet<string> }>> = {
  bg: { head: /(?:та|ът|ят)$/u, linkers: new Set(["на", "за"]) },
};

/** Most lowercase words a name is carried through (the adjectives and their noun). */
const MAX_CARRIED_WORDS = 3;

const isLowerWord = (s: string) => /^\p{Ll}{3,}$/u.test(s);
const isCapitalizedWord = (s: string) => /^\p{Lu}\p{Ll}+$/u.test(s);
/** Marks after which a capital opens a sentence or a clause, not a name's adjective (quotation marks open names: «Северного потока»). */
const OPENERS = new Set([".", "!", "?", ":", "…", "(", "-", "–", "—"]);

/** Whether `lang` writes multi-word names with one capital and has its adjectives listed here. */
export function hasAdjectiveNames(lang: string): boolean {
  return lang in ADJECTIVE_ENDINGS;
}

/**
 * One-word spans that are a capitalized adjective in mid-sentence, carried through the lowercase words
 * after them to the first noun. `isKnownName` keeps a word that is a name of its own from taking the next
 * word ("Ukrajini tudi" where Ukrajina is known). The stage asks the linker's `isNewsName`, the people and
 * places the language's annotated news name so: any name the lexicon knows, gazetteer towns ("Северный")
 * and other languages' spellings reached by key (sl "Severni", cs "Severní" of North Carolina) included,
 * kept "Северного потока", "Severni tok 2" apart (held-out strict 0.815 -> 0.816, sl 0.761 -> 0.768).
 */
export function carryToHeadNoun(
  text: string,
  tokens: readonly RecToken[],
  spans: RecognizedSpan[],
  lang: string,
  isKnownName?: (surface: string) => boolean,
): RecognizedSpan[] {
  const adjective = ADJECTIVE_ENDINGS[lang];
  if (!adjective) return spans;
  const laterAdjective = LATER_ADJECTIVE_ENDINGS[lang] ?? adjective;
  const definite = DEFINITE_HEADS[lang];
  const taken = new Uint8Array(tokens.length);
  for (const s of spans) for (let i = Math.max(0, s.tokenStart); i < s.tokenEnd; i++) taken[i] = 1;
  let changed = false;
  const out = spans.map((s) => {
    if (s.tokenStart < 0 || s.type === "PER") return s;
    // A longer span is carried on only when it ends in a lowercase adjective ("Европейската икономическа" + "зона").
    if (s.tokenEnd !== s.tokenStart + 1) {
      const last = (tokens[s.tokenEnd - 1] as RecToken).surface;
      if (!isLowerWord(last) || !laterAdjective.test(last)) return s;
    }
    const first = tokens[s.tokenStart] as RecToken;
    if (first.sentenceStart || s.tokenStart === 0 || !isCapitalizedWord(first.surface)) return s;
    if (OPENERS.has(tokens[s.tokenStart - 1]?.surface ?? ".")) return s;
    const lower = first.surface.toLowerCase();
    let end = s.tokenEnd;
    if (!adjective.test(lower)) {
      // A definite noun is carried only through its preposition ("Камарата на").
      const linker = tokens[end];
      if (!definite?.head.test(lower) || !linker || taken[end] || !definite.linkers.has(linker.surface)) return s;
      end++;
    }
    if (isKnownName?.(first.surface)) return s;
    const opened = end;
    while (end < tokens.length && end - opened < MAX_CARRIED_WORDS) {
      const next = tokens[end] as RecToken;
      const before = tokens[end - 1] as RecToken;
      if (taken[end] || next.sentenceStart || !isLowerWord(next.surface) || /[\n\r]/.test(text.slice(before.end, next.start))) break;
      end++;
      if (!laterAdjective.test(next.surface)) break;
    }
    // Carried through adjectives only: no noun, so no name ("Британский парламентский").
    if (end === opened || laterAdjective.test((tokens[end - 1] as RecToken).surface)) return s;
    changed = true;
    const last = tokens[end - 1] as RecToken;
    for (let i = s.tokenEnd; i < end; i++) taken[i] = 1;
    const carried = { ...s, end: last.end, surface: text.slice(s.start, last.end), tokenEnd: end };
    // A common noun named by its complement is an institution ("Камарата на лордовете").
    return opened > s.tokenEnd ? { ...carried, type: "ORG" as const, source: "rule" as const } : carried;
  });
  return changed ? out : spans;
}
