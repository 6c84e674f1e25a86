// French words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { "aujourd'hui": 0, hier: -1, "avant-hier": -2 };
