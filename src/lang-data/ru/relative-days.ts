// Russian words for days relative to the reference time, as day offsets.

export const RELATIVE_DAYS: Readonly<Record<string, number>> = { сегодня: 0, вчера: -1, позавчера: -2 };
