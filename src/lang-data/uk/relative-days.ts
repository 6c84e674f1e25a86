// Ukrainian words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { сьогодні: 0, вчора: -1, учора: -1, позавчора: -2 };
