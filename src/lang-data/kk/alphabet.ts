// Kazakh Cyrillic alphabet and the letters that tell it from the other Cyrillic languages.

export const ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
export const UNIQUE_LETTERS = "әғқңөұүһ";
export const MARKER_LETTERS = "әғқңөұүһі";
export const FOREIGN_LETTERS = "їєґўђћџљњјѓќѕ";

/**
 * Approximate frequency, per 1000 letters of news text, of the letters that tell the Cyrillic languages apart
 * (rounded textbook figures; a letter missing here is one the language does not write). Read by src/lang/letters.ts.
 */
export const LETTER_FREQUENCIES: Readonly<Record<string, number>> = {
  ә: 20,
  ғ: 10,
  қ: 30,
  ң: 10,
  ө: 8,
  ұ: 8,
  ү: 15,
  һ: 0.5,
  і: 20,
  ы: 40,
  и: 15,
  е: 65,
  я: 3,
  ю: 3,
  й: 10,
};
