// English words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, yesterday: -1 };
