// Bulgarian words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { днес: 0, вчера: -1, "онзи ден": -2 };
