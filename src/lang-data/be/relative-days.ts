// Belarusian words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { сёння: 0, учора: -1, ўчора: -1, пазаўчора: -2 };
