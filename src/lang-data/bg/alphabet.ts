// Bulgarian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдежзийклмнопрстуфхцчшщъьюя";
/** None unique: ъ inside words is the Bulgarian marker (Russian keeps ъ for rare prefixes). */
export const UNIQUE_LETTERS = "";
export const MARKER_LETTERS = "ъ";
/** Bulgarian has none of ы э ё і ї є. */
export const FOREIGN_LETTERS = "ыэёіїєґўђћџљњјѓќѕ";

/**
 * Approximate frequency, per 1000 letters of news text, of the letters that tell the Cyrillic languages apart
 * (rounded textbook figures; a letter missing here is one the language does not write). Read by src/lang/letters.ts.
 */
export const LETTER_FREQUENCIES: Readonly<Record<string, number>> = { и: 86, ъ: 23, ь: 0.5, е: 80, я: 23, ю: 3, й: 6, щ: 9 };
