// English names of the days of the week (lowercase), which English capitalizes like names.

export const WEEKDAYS: readonly string[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
