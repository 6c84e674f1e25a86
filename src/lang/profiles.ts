// Language knowledge for the detector, gathered once from src/lang-data/<xx>/: function-word index,
// Cyrillic letter models, code aliases.

import { STOP_WORDS as AZ } from "../lang-data/az/stop-words.ts";
import { LETTER_FREQUENCIES as BE_LETTERS } from "../lang-data/be/alphabet.ts";
import { STOP_WORDS as BE } from "../lang-data/be/stop-words.ts";
import { LETTER_FREQUENCIES as BG_LETTERS } from "../lang-data/bg/alphabet.ts";
import { STOP_WORDS as BG } from "../lang-data/bg/stop-words.ts";
import { STOP_WORDS as CA } from "../lang-data/ca/stop-words.ts";
import { STOP_WORDS as CS } from "../lang-data/cs/stop-words.ts";
import { STOP_WORDS as DA } from "../lang-data/da/stop-words.ts";
import { STOP_WORDS as DE } from "../lang-data/de/stop-words.ts";
import { STOP_WORDS as EN } from "../lang-data/en/stop-words.ts";
import { STOP_WORDS as ES } from "../lang-data/es/stop-words.ts";
import { STOP_WORDS as ET } from "../lang-data/et/stop-words.ts";
import { STOP_WORDS as EU } from "../lang-data/eu/stop-words.ts";
import { STOP_WORDS as FI } from "../lang-data/fi/stop-words.ts";
import { STOP_WORDS as FR } from "../lang-data/fr/stop-words.ts";
import { STOP_WORDS as HR } from "../lang-data/hr/stop-words.ts";
import { STOP_WORDS as HU } from "../lang-data/hu/stop-words.ts";
import { STOP_WORDS as IS } from "../lang-data/is/stop-words.ts";
import { STOP_WORDS as IT } from "../lang-data/it/stop-words.ts";
import { LETTER_FREQUENCIES as KK_LETTERS } from "../lang-data/kk/alphabet.ts";
import { STOP_WORDS as KK } from "../lang-data/kk/stop-words.ts";
import { STOP_WORDS as KU } from "../lang-data/ku/stop-words.ts";
import { STOP_WORDS as LT } from "../lang-data/lt/stop-words.ts";
import { STOP_WORDS as LV } from "../lang-data/lv/stop-words.ts";
import { LETTER_FREQUENCIES as MK_LETTERS } from "../lang-data/mk/alphabet.ts";
import { STOP_WORDS as MK } from "../lang-data/mk/stop-words.ts";
import { STOP_WORDS as MS } from "../lang-data/ms/stop-words.ts";
import { STOP_WORDS as NL } from "../lang-data/nl/stop-words.ts";
import { STOP_WORDS as NO } from "../lang-data/no/stop-words.ts";
import { STOP_WORDS as PL } from "../lang-data/pl/stop-words.ts";
import { STOP_WORDS as PT } from "../lang-data/pt/stop-words.ts";
import { STOP_WORDS as RO } from "../lang-data/ro/stop-words.ts";
import { LETTER_FREQUENCIES as RU_LETTERS } from "../lang-data/ru/alphabet.ts";
import { STOP_WORDS as RU } from "../lang-data/ru/stop-words.ts";
import { STOP_WORDS as SK } from "../lang-data/sk/stop-words.ts";
import { STOP_WORDS as SL } from "../lang-data/sl/stop-words.ts";
import { STOP_WORDS as SQ } from "../lang-data/sq/stop-words.ts";
import { LETTER_FREQUENCIES as SR_LETTERS } from "../lang-data/sr/alphabet.ts";
import { STOP_WORDS as SR } from "../lang-data/sr/stop-words.ts";
import { STOP_WORDS as SV } from "../lang-data/sv/stop-words.ts";
import { STOP_WORDS as TL } from "../lang-data/tl/stop-words.ts";
import { STOP_WORDS as TR } from "../lang-data/tr/stop-words.ts";
import { LETTER_FREQUENCIES as UK_LETTERS } from "../lang-data/uk/alphabet.ts";
import { STOP_WORDS as UK } from "../lang-data/uk/stop-words.ts";
import { STOP_WORDS as VI } from "../lang-data/vi/stop-words.ts";
import { STOP_WORDS as YO } from "../lang-data/yo/stop-words.ts";

/** Function words per language, as shipped in src/lang-data/<xx>/stop-words.ts. */
export const STOP_WORDS_BY_LANG: Readonly<Record<string, readonly string[]>> = {
  uk: UK,
  ru: RU,
  bg: BG,
  be: BE,
  sr: SR,
  mk: MK,
  kk: KK,
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  it: IT,
  pt: PT,
  nl: NL,
  pl: PL,
  cs: CS,
  sk: SK,
  sl: SL,
  hr: HR,
  ro: RO,
  hu: HU,
  tr: TR,
  sv: SV,
  da: DA,
  no: NO,
  fi: FI,
  ca: CA,
  et: ET,
  lv: LV,
  lt: LT,
  sq: SQ,
  eu: EU,
  is: IS,
  az: AZ,
  ms: MS,
  tl: TL,
  vi: VI,
  yo: YO,
  ku: KU,
};

/** Languages with a function-word list, in a fixed order (index = position in evidence arrays). */
export const FW_LANGS: readonly string[] = Object.keys(STOP_WORDS_BY_LANG);

/** word → indexes (into FW_LANGS) of the languages that list it. */
export const FUNCTION_WORD_INDEX: ReadonlyMap<string, readonly number[]> = buildFunctionWordIndex();

function buildFunctionWordIndex(): Map<string, number[]> {
  const index = new Map<string, number[]>();
  FW_LANGS.forEach((lang, i) => {
    for (const word of STOP_WORDS_BY_LANG[lang]) {
      const langs = index.get(word) ?? [];
      if (!langs.includes(i)) langs.push(i);
      index.set(word, langs);
    }
  });
  return index;
}

/** Letter frequencies (per 1000 letters) of the Cyrillic languages, from src/lang-data/<xx>/alphabet.ts. */
export const CYRILLIC_LETTER_FREQUENCIES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  uk: UK_LETTERS,
  ru: RU_LETTERS,
  bg: BG_LETTERS,
  be: BE_LETTERS,
  sr: SR_LETTERS,
  mk: MK_LETTERS,
  kk: KK_LETTERS,
};

/** Frequency (per 1000 letters) given to a letter a language does not write: names and quotes still bring some. */
export const ABSENT_LETTER_PER_MILLE = 0.05;

/** The letters the Cyrillic letter model counts (every letter with a frequency for some language). */
export const MODEL_LETTERS: readonly string[] = [...new Set(Object.values(CYRILLIC_LETTER_FREQUENCIES).flatMap((f) => Object.keys(f)))];

/** Per Cyrillic language: log-probability of each model letter, then of "any other Cyrillic letter" (last slot). */
export const CYRILLIC_LOG_PROBS: Readonly<Record<string, Float64Array>> = Object.fromEntries(
  Object.entries(CYRILLIC_LETTER_FREQUENCIES).map(([lang, freq]) => {
    const probs = MODEL_LETTERS.map((c) => (freq[c] ?? ABSENT_LETTER_PER_MILLE) / 1000);
    const rest = Math.max(0.05, 1 - probs.reduce((s, p) => s + p, 0));
    return [lang, Float64Array.from([...probs, rest].map(Math.log))];
  }),
);

/** Languages eld does not know, scored by eld through their nearest relatives (minus a penalty). */
export const ELD_PROXIES: Readonly<Record<string, readonly string[]>> = { mk: ["bg", "sr"], kk: ["ru", "be"], si: [] };

/** Codes pages declare that are not ISO 639-1 or not the primary subtag we use. */
export const LANG_CODE_ALIASES: Readonly<Record<string, string>> = {
  ua: "uk",
  ukr: "uk",
  rus: "ru",
  bul: "bg",
  bel: "be",
  srp: "sr",
  mkd: "mk",
  kaz: "kk",
  eng: "en",
  deu: "de",
  ger: "de",
  fra: "fr",
  fre: "fr",
  spa: "es",
  pol: "pl",
  ces: "cs",
  cze: "cs",
  slk: "sk",
  slo: "sk",
  slv: "sl",
  hrv: "hr",
  nb: "no",
  nn: "no",
  iw: "he",
};
