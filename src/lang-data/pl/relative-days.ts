// Polish words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { dzisiaj: 0, dziś: 0, wczoraj: -1, przedwczoraj: -2 };
