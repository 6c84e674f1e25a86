// Whether a match by loose cross-script key is trusted: a key keeps consonants only, so a rare
// gazetteer place shares it with unrelated names (Moshchun and GeoNames "Mishan": both `mshn`).

import type { LexiconEntity } from "./lexicon.ts";
import { romanize } from "./name-key.ts";

/** Alias counts below this come from gazetteers only (annotated news counts whole mentions). */
export const MIN_ATTESTED_ALIAS_COUNT = 1;
/** Largest edit distance, per letter of the longer name, between a romanized mention and a gazetteer name it matches by key. */
export const MAX_LOOSE_DISTANCE_PER_LETTER = 0.25;

/** The entity has a name seen in annotated news, not only in a gazetteer. */
export function isAttested(e: LexiconEntity): boolean {
  for (const list of Object.values(e.aliases)) for (const a of list) if (a[1] >= MIN_ATTESTED_ALIAS_COUNT) return true;
  return false;
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Languages written in Cyrillic, whose names of a place compare with each other once romanized. */
export const CYRILLIC_LANGS: ReadonlySet<string> = new Set(["uk", "ru", "bg", "be", "sr", "mk"]);

/** Names of `e` in `lang`, else (a Cyrillic `lang`) in the other Cyrillic languages, with their language. */
function comparableNames(e: LexiconEntity, lang: string): [string, string][] {
  const own = e.aliases[lang];
  if (own && own.length > 0) return own.map((a) => [a[0], lang]);
  if (!CYRILLIC_LANGS.has(lang)) return [];
  const out: [string, string][] = [];
  for (const [l, list] of Object.entries(e.aliases)) if (CYRILLIC_LANGS.has(l)) for (const a of list) out.push([a[0], l]);
  return out;
}

/**
 * A key match of `lemma` (in `lang`) to `e` is trusted: `e` is attested in news, or has no name in
 * `lang` (nor, for a Cyrillic `lang`, in another Cyrillic language), or one of those names is within MAX_LOOSE_DISTANCE_PER_LETTER of the lemma, both
 * romanized ("Gostomel" / "Hostomel" yes, "Moshchun" / "Mishan" no).
 */
export function isTrustedKeyMatch(e: LexiconEntity, lemma: string, lang: string): boolean {
  return (isAttested(e) && !onlyGazetteerNamesIn(e, lang)) || isCloseToItsNames(e, lemma, lang);
}

/** `e` has names in `lang`, all from gazetteers: how the language writes it is known, and not from the news. */
function onlyGazetteerNamesIn(e: LexiconEntity, lang: string): boolean {
  const own = e.aliases[lang];
  return own !== undefined && own.length > 0 && own.every((a) => a[1] < MIN_ATTESTED_ALIAS_COUNT);
}

/**
 * `lemma` (in `lang`) is within MAX_LOOSE_DISTANCE_PER_LETTER of one of `e`'s names in `lang` (or, for a
 * Cyrillic `lang`, in another Cyrillic language), both romanized; true when there is none to compare with.
 */
export function isCloseToItsNames(e: LexiconEntity, lemma: string, lang: string): boolean {
  const own = comparableNames(e, lang);
  // Nothing to compare with: the key is all the evidence there is.
  return own.length === 0 || isCloseToOneOf(own, lemma, lang);
}

/**
 * `lemma` (in `lang`) is within MAX_LOOSE_DISTANCE_PER_LETTER of some name of `e` in any language, both
 * romanized: a key keeps consonants only, so an unrelated word can share one with a known name (ru
 * "Сенат" and sl "Conte", whose c is ts: both `snt`).
 */
export function isCloseToAnyName(e: LexiconEntity, lemma: string, lang: string): boolean {
  const names: [string, string][] = [];
  for (const [l, list] of Object.entries(e.aliases)) for (const a of list) names.push([a[0], l]);
  return isCloseToOneOf(names, lemma, lang);
}

/** `lemma` (in `lang`) is within MAX_LOOSE_DISTANCE_PER_LETTER of one of `names` (name, language), both romanized. */
function isCloseToOneOf(names: readonly [string, string][], lemma: string, lang: string): boolean {
  const mine = romanize(lemma, lang).toLowerCase();
  for (const [name, l] of names) {
    const theirs = romanize(name, l).toLowerCase();
    if (editDistance(mine, theirs) <= MAX_LOOSE_DISTANCE_PER_LETTER * Math.max(mine.length, theirs.length)) return true;
  }
  return false;
}

/** The entity has a name in `lang` (so a key match to it was checked against a real spelling). */
export function hasNameIn(e: LexiconEntity, lang: string): boolean {
  return (e.aliases[lang]?.length ?? 0) > 0;
}
