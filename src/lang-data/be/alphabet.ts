// Belarusian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдеёжзійклмнопрстуўфхцчшыьэюя'";
/** ў is Belarusian only (and Uzbek Cyrillic, not in our set). */
export const UNIQUE_LETTERS = "ў";
/** і together with ы or э is Belarusian. */
export const MARKER_LETTERS = "ўіыэ";
export const FOREIGN_LETTERS = "ищъїєґђћџљњјѓќѕ";

/**
 * Approximate frequency, per 1000 letters of news text, of the letters that tell the Cyrillic languages apart
 * (rounded textbook figures; a letter missing here is one the language does not write). Read by src/lang/letters.ts.
 */
export const LETTER_FREQUENCIES: Readonly<Record<string, number>> = { і: 70, ы: 36, э: 11, ё: 6, ў: 20, е: 60, я: 30, ю: 6, й: 11, ь: 18 };
