// Kazakh Cyrillic alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
export const UNIQUE_LETTERS = "әғқңөұүһ";
export const MARKER_LETTERS = "әғқңөұүһі";
export const FOREIGN_LETTERS = "їєґўђћџљњјѓќѕ";
