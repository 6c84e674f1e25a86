// German words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { heute: 0, gestern: -1, vorgestern: -2 };
