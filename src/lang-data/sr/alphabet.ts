// Serbian Cyrillic alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдђежзијклљмнњопрстћуфхцчџш";
export const UNIQUE_LETTERS = "ђћ";
/** ј љ њ џ are shared with Macedonian. */
export const MARKER_LETTERS = "ђћјљњџ";
export const FOREIGN_LETTERS = "йщъыьэюяёіїєґўѓќѕ";
/** Serbian and Croatian Latin letters with diacritics. */
export const LATIN_MARKER_LETTERS = "čćđšž";

/**
 * Approximate frequency, per 1000 letters of news text, of the letters that tell the Cyrillic languages apart
 * (rounded textbook figures; a letter missing here is one the language does not write). Read by src/lang/letters.ts.
 */
export const LETTER_FREQUENCIES: Readonly<Record<string, number>> = { и: 95, ј: 45, љ: 4, њ: 5, ђ: 3, ћ: 8, џ: 1, е: 85 };
