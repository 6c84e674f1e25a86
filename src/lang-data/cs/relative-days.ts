// Czech words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { dnes: 0, včera: -1, předevčírem: -2 };
