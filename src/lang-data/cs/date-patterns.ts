// Czech date-writing conventions: words after a year, cue words before a publication or update date, numeric order.

/** Words or abbreviations written after a year ("2025 г."), lowercase, without the final dot. */
export const YEAR_SUFFIXES: readonly string[] = [];

/** Cue words that introduce the publication date ("Published", "Опубліковано"), lowercase. */
export const PUBLISHED_CUES: readonly string[] = ["publikováno", "zveřejněno", "vydáno"];

/** Cue words that introduce an update date, whose date is not the publication date. */
export const UPDATED_CUES: readonly string[] = ["aktualizováno", "upraveno"];

/** Order of an all-numeric date with slashes: day-month-year or month-day-year. */
export const SLASH_DATE_ORDER: "dmy" | "mdy" = "dmy";
