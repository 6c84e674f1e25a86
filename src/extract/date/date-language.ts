// The date vocabulary of every language crossnews knows, merged from src/lang-data/<xx>/ into lookups.

import * as bePatterns from "../../lang-data/be/date-patterns.ts";
import { MONTHS as beMonths } from "../../lang-data/be/months.ts";
import { RELATIVE_DAYS as beDays } from "../../lang-data/be/relative-days.ts";
import * as bgPatterns from "../../lang-data/bg/date-patterns.ts";
import { MONTHS as bgMonths } from "../../lang-data/bg/months.ts";
import { RELATIVE_DAYS as bgDays } from "../../lang-data/bg/relative-days.ts";
import * as csPatterns from "../../lang-data/cs/date-patterns.ts";
import { MONTHS as csMonths } from "../../lang-data/cs/months.ts";
import { RELATIVE_DAYS as csDays } from "../../lang-data/cs/relative-days.ts";
import * as dePatterns from "../../lang-data/de/date-patterns.ts";
import { MONTHS as deMonths } from "../../lang-data/de/months.ts";
import { RELATIVE_DAYS as deDays } from "../../lang-data/de/relative-days.ts";
import * as enPatterns from "../../lang-data/en/date-patterns.ts";
import { MONTHS as enMonths } from "../../lang-data/en/months.ts";
import { RELATIVE_DAYS as enDays } from "../../lang-data/en/relative-days.ts";
import * as esPatterns from "../../lang-data/es/date-patterns.ts";
import { MONTHS as esMonths } from "../../lang-data/es/months.ts";
import { RELATIVE_DAYS as esDays } from "../../lang-data/es/relative-days.ts";
import * as frPatterns from "../../lang-data/fr/date-patterns.ts";
import { MONTHS as frMonths } from "../../lang-data/fr/months.ts";
import { RELATIVE_DAYS as frDays } from "../../lang-data/fr/relative-days.ts";
import * as plPatterns from "../../lang-data/pl/date-patterns.ts";
import { MONTHS as plMonths } from "../../lang-data/pl/months.ts";
import { RELATIVE_DAYS as plDays } from "../../lang-data/pl/relative-days.ts";
import * as ruPatterns from "../../lang-data/ru/date-patterns.ts";
import { MONTHS as ruMonths } from "../../lang-data/ru/months.ts";
import { RELATIVE_DAYS as ruDays } from "../../lang-data/ru/relative-days.ts";
import * as ukPatterns from "../../lang-data/uk/date-patterns.ts";
import { MONTHS as ukMonths } from "../../lang-data/uk/months.ts";
import { RELATIVE_DAYS as ukDays } from "../../lang-data/uk/relative-days.ts";

interface DateLanguage {
  months: Readonly<Record<string, number>>;
  relativeDays: Readonly<Record<string, number>>;
  patterns: {
    YEAR_SUFFIXES: readonly string[];
    PUBLISHED_CUES: readonly string[];
    UPDATED_CUES: readonly string[];
    SLASH_DATE_ORDER: "dmy" | "mdy";
  };
}

/** Every language with date data, by ISO 639-1 code. */
export const DATE_LANGUAGES: Readonly<Record<string, DateLanguage>> = {
  uk: { months: ukMonths, relativeDays: ukDays, patterns: ukPatterns },
  ru: { months: ruMonths, relativeDays: ruDays, patterns: ruPatterns },
  bg: { months: bgMonths, relativeDays: bgDays, patterns: bgPatterns },
  be: { months: beMonths, relativeDays: beDays, patterns: bePatterns },
  en: { months: enMonths, relativeDays: enDays, patterns: enPatterns },
  de: { months: deMonths, relativeDays: deDays, patterns: dePatterns },
  fr: { months: frMonths, relativeDays: frDays, patterns: frPatterns },
  es: { months: esMonths, relativeDays: esDays, patterns: esPatterns },
  pl: { months: plMonths, relativeDays: plDays, patterns: plPatterns },
  cs: { months: csMonths, relativeDays: csDays, patterns: csPatterns },
};

const ALL = Object.values(DATE_LANGUAGES);

function merged<T>(pick: (l: DateLanguage) => Readonly<Record<string, T>>): Map<string, T> {
  const out = new Map<string, T>();
  for (const lang of ALL) for (const [k, v] of Object.entries(pick(lang))) out.set(k, v);
  return out;
}

/** Month name (lowercase) → 1–12, over all languages (the lists do not conflict). */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = merged((l) => l.months);

/** Relative-day word (lowercase) → day offset, over all languages. */
export const DAY_OFFSET_BY_WORD: ReadonlyMap<string, number> = merged((l) => l.relativeDays);

function unionOf(pick: (l: DateLanguage) => readonly string[]): string[] {
  return [...new Set(ALL.flatMap(pick))].sort((a, b) => b.length - a.length);
}

/** Words after a year, all languages, longest first. */
export const YEAR_SUFFIXES: readonly string[] = unionOf((l) => l.patterns.YEAR_SUFFIXES);
/** Cue words before a publication date, all languages, longest first. */
export const PUBLISHED_CUES: readonly string[] = unionOf((l) => l.patterns.PUBLISHED_CUES);
/** Cue words before an update date, all languages, longest first. */
export const UPDATED_CUES: readonly string[] = unionOf((l) => l.patterns.UPDATED_CUES);

/** Escape a literal for a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Alternation of literals, longest first, for a RegExp source. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

/** Slash order for numeric dates in `lang`: month first only where the language writes it so. */
export function slashOrder(lang: string | undefined): "dmy" | "mdy" {
  return (lang && DATE_LANGUAGES[lang]?.patterns.SLASH_DATE_ORDER) || "dmy";
}
