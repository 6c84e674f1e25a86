// Russian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
/** Letters no other language in our set has (ё and ы and э are shared with Belarusian). */
export const UNIQUE_LETTERS = "щъ";
/** Letters Russian has that Ukrainian and Bulgarian lack. */
export const MARKER_LETTERS = "ыэё";
export const FOREIGN_LETTERS = "іїєґўђћџљњјѓќѕәғқңөұүһ";

/**
 * Approximate frequency, per 1000 letters of news text, of the letters that tell the Cyrillic languages apart
 * (rounded textbook figures; a letter missing here is one the language does not write). Read by src/lang/letters.ts.
 */
export const LETTER_FREQUENCIES: Readonly<Record<string, number>> = {
  и: 74,
  ы: 19,
  э: 3,
  ё: 0.5,
  ъ: 0.4,
  е: 85,
  я: 20,
  ю: 6,
  й: 12,
  ь: 17,
  щ: 3.6,
};
