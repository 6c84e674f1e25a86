// Ukrainian alphabet and the letters that tell it from the other Cyrillic languages.

/** The 33 letters, lowercase, plus the apostrophe that is part of spelling. */
export const ALPHABET = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'";
/** Letters no other language in our set writes in Cyrillic (і is shared with Belarusian and Kazakh). */
export const UNIQUE_LETTERS = "їєґ";
/** Letters Ukrainian has that Russian lacks: evidence for Ukrainian over Russian. */
export const MARKER_LETTERS = "іїєґ";
/** Letters of other Cyrillic alphabets that Ukrainian spelling never uses. */
export const FOREIGN_LETTERS = "ыэёъўђћџљњјѓќѕ";
