// Abbreviations per language (from src/lang-data/<xx>/abbreviations.ts), as one lookup.

import { ABBREVIATIONS as BE } from "../lang-data/be/abbreviations.ts";
import { ABBREVIATIONS as BG } from "../lang-data/bg/abbreviations.ts";
import { ABBREVIATIONS as CS } from "../lang-data/cs/abbreviations.ts";
import { ABBREVIATIONS as DE } from "../lang-data/de/abbreviations.ts";
import { ABBREVIATIONS as EN } from "../lang-data/en/abbreviations.ts";
import { ABBREVIATIONS as ES } from "../lang-data/es/abbreviations.ts";
import { ABBREVIATIONS as FR } from "../lang-data/fr/abbreviations.ts";
import { ABBREVIATIONS as HR } from "../lang-data/hr/abbreviations.ts";
import { ABBREVIATIONS as MK } from "../lang-data/mk/abbreviations.ts";
import { ABBREVIATIONS as PL } from "../lang-data/pl/abbreviations.ts";
import { ABBREVIATIONS as RU } from "../lang-data/ru/abbreviations.ts";
import { ABBREVIATIONS as SK } from "../lang-data/sk/abbreviations.ts";
import { ABBREVIATIONS as SL } from "../lang-data/sl/abbreviations.ts";
import { ABBREVIATIONS as SR } from "../lang-data/sr/abbreviations.ts";
import { ABBREVIATIONS as UK } from "../lang-data/uk/abbreviations.ts";

const BY_LANG: Readonly<Record<string, readonly string[]>> = {
  uk: UK,
  ru: RU,
  bg: BG,
  be: BE,
  sr: SR,
  mk: MK,
  en: EN,
  de: DE,
  pl: PL,
  cs: CS,
  sk: SK,
  sl: SL,
  hr: HR,
  fr: FR,
  es: ES,
};

const CYRILLIC_LANGS = ["uk", "ru", "bg", "be", "sr", "mk"];
const SETS = new Map<string, ReadonlySet<string>>(Object.entries(BY_LANG).map(([l, a]) => [l, new Set(a)]));
/** Cyrillic abbreviations of every language: a Russian "г." in a Ukrainian article is still an abbreviation. */
const CYRILLIC_ALL: ReadonlySet<string> = new Set(CYRILLIC_LANGS.flatMap((l) => BY_LANG[l]));
/** Latin abbreviations of every language, for Latin words in a text of another script or unknown language. */
const LATIN_ALL: ReadonlySet<string> = new Set(
  Object.entries(BY_LANG)
    .filter(([l]) => !CYRILLIC_LANGS.includes(l))
    .flatMap(([, a]) => a),
);
const CYRILLIC_WORD = /\p{Script=Cyrillic}/u;

/**
 * True when `word` (lowercase, no final stop) is an abbreviation: a Cyrillic word in any Cyrillic language's list;
 * a Latin word in `lang`'s list, or in any Latin list when `lang` has none or is written in Cyrillic.
 */
export function isAbbreviation(word: string, lang: string): boolean {
  if (CYRILLIC_WORD.test(word)) return CYRILLIC_ALL.has(word);
  const own = CYRILLIC_LANGS.includes(lang) ? undefined : SETS.get(lang);
  return (own ?? LATIN_ALL).has(word);
}

/** Abbreviations that often end a sentence ("и т.д.", "etc."): after them a capital still starts a new one. */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "т.д",
  "т.п",
  "др",
  "ін",
  "інш",
  "etc",
  "usw",
  "atd",
  "apod",
  "itd",
  "ipd",
  "итд",
  "итн",
]);
