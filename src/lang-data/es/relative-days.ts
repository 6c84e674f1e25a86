// Spanish words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { hoy: 0, ayer: -1, anteayer: -2 };
