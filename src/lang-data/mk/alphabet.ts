// Macedonian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдѓежзѕијклљмнњопрстќуфхцчџш";
export const UNIQUE_LETTERS = "ѓќѕ";
export const MARKER_LETTERS = "ѓќѕјљњџ";
export const FOREIGN_LETTERS = "йщъыьэюяёіїєґўђћ";

/**
 * Approximate frequency, per 1000 letters of news text, of the letters that tell the Cyrillic languages apart
 * (rounded textbook figures; a letter missing here is one the language does not write). Read by src/lang/letters.ts.
 */
export const LETTER_FREQUENCIES: Readonly<Record<string, number>> = { и: 80, ј: 17, љ: 3, њ: 6, ѓ: 1.5, ќ: 4, ѕ: 0.5, џ: 0.5, е: 80 };
