// Ukrainian alphabet and the letters that tell it from the other Cyrillic languages.

/** The 33 letters, lowercase, plus the apostrophe that is part of spelling. */
export const ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'";
/** Letters no other language in our set writes in Cyrillic (і is shared with Belarusian and Kazakh). */
export const UNIQUE_LETTERS = "їєґ";
/** Letters Ukrainian has that Russian lacks: evidence for Ukrainian over Russian. */
export const MARKER_LETTERS = "іїєґ";
/** Letters of other Cyrillic alphabets that Ukrainian spelling never uses. */
export const FOREIGN_LETTERS = "ыэёъўђћџљњјѓќѕ";

/**
 * Approximate frequency, per 1000 letters of news text, of the letters that tell the Cyrillic languages apart
 * (rounded textbook figures; a letter missing here is one the language does not write). Read by src/lang/letters.ts.
 */
export const LETTER_FREQUENCIES: Readonly<Record<string, number>> = {
  і: 58,
  ї: 6,
  є: 4,
  ґ: 0.2,
  и: 62,
  е: 49,
  я: 20,
  ю: 8,
  й: 12,
  ь: 17,
  щ: 8,
};
