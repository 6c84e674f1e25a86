// Belarusian alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "абвгдеёжзійклмнопрстуўфхцчшыьэюя'";
/** ў is Belarusian only (and Uzbek Cyrillic, not in our set). */
export const UNIQUE_LETTERS = "ў";
/** і together with ы or э is Belarusian. */
export const MARKER_LETTERS = "ўіыэ";
export const FOREIGN_LETTERS = "ищъїєґђћџљњјѓќѕ";
