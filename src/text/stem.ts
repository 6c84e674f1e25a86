// Retrieval stems per language: @orama/stemmers where it has the language, our Bulgarian stemmer,
// light suffix stripping for pl/cs/sk/sl/be/kk, and the normalized word itself for the rest.

import { stemmer as da } from "@orama/stemmers/danish";
import { stemmer as nl } from "@orama/stemmers/dutch";
import { stemmer as en } from "@orama/stemmers/english";
import { stemmer as fi } from "@orama/stemmers/finnish";
import { stemmer as fr } from "@orama/stemmers/french";
import { stemmer as de } from "@orama/stemmers/german";
import { stemmer as hu } from "@orama/stemmers/hungarian";
import { stemmer as it } from "@orama/stemmers/italian";
import { stemmer as lt } from "@orama/stemmers/lithuanian";
import { stemmer as no } from "@orama/stemmers/norwegian";
import { stemmer as pt } from "@orama/stemmers/portuguese";
import { stemmer as ro } from "@orama/stemmers/romanian";
import { stemmer as ru } from "@orama/stemmers/russian";
import { stemmer as sr } from "@orama/stemmers/serbian";
import { stemmer as es } from "@orama/stemmers/spanish";
import { stemmer as sv } from "@orama/stemmers/swedish";
import { stemmer as tr } from "@orama/stemmers/turkish";
import { stemmer as uk } from "@orama/stemmers/ukrainian";
import { stemBulgarian } from "./stem-bg.ts";
import { LIGHT_STEM_SUFFIXES, stemLight } from "./stem-light.ts";

type Stemmer = (word: string) => string;

/** The stemmer used per language. Macedonian shares Bulgarian's morphology; Croatian and Bosnian, Serbian's. */
export const STEMMERS: Readonly<Record<string, Stemmer>> = {
  uk,
  ru,
  bg: stemBulgarian,
  mk: stemBulgarian,
  sr,
  hr: sr,
  bs: sr,
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  da,
  no,
  sv,
  fi,
  hu,
  ro,
  tr,
  lt,
  ...Object.fromEntries(Object.entries(LIGHT_STEM_SUFFIXES).map(([lang, suffixes]) => [lang, (w: string) => stemLight(w, suffixes)])),
};

/** Words shorter than this (letters) are their own stem. */
export const MIN_STEMMED_LETTERS = 3;

/** The stem of one normalized (lowercase) word in `lang`; the word itself when no stemmer applies or it fails. */
export function stemWord(norm: string, lang: string): string {
  const stemmer = STEMMERS[lang];
  if (!stemmer || norm.length < MIN_STEMMED_LETTERS) return norm;
  try {
    const stem = stemmer(norm);
    return stem || norm;
  } catch {
    return norm;
  }
}
