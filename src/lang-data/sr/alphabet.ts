// Serbian Cyrillic alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдђежзијклљмнњопрстћуфхцчџш";
export const UNIQUE_LETTERS = "ђћ";
/** ј љ њ џ are shared with Macedonian. */
export const MARKER_LETTERS = "ђћјљњџ";
export const FOREIGN_LETTERS = "йщъыьэюяёіїєґўѓќѕ";
/** Serbian and Croatian Latin letters with diacritics. */
export const LATIN_MARKER_LETTERS = "čćđšž";
