// Bulgarian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдежзийклмнопрстуфхцчшщъьюя";
/** None unique: ъ inside words is the Bulgarian marker (Russian keeps ъ for rare prefixes). */
export const UNIQUE_LETTERS = "";
export const MARKER_LETTERS = "ъ";
/** Bulgarian has none of ы э ё і ї є. */
export const FOREIGN_LETTERS = "ыэёіїєґўђћџљњјѓќѕ";
