// Macedonian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдѓежзѕијклљмнњопрстќуфхцчџш";
export const UNIQUE_LETTERS = "ѓќѕ";
export const MARKER_LETTERS = "ѓќѕјљњџ";
export const FOREIGN_LETTERS = "йщъыьэюяёіїєґўђћ";
