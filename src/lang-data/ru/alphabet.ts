// Russian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
/** Letters no other language in our set has (ё and ы and э are shared with Belarusian). */
export const UNIQUE_LETTERS = "щъ";
/** Letters Russian has that Ukrainian and Bulgarian lack. */
export const MARKER_LETTERS = "ыэё";
export const FOREIGN_LETTERS = "іїєґўђћџљњјѓќѕәғқңөұүһ";
