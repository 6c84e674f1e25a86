// How a foreign name written in Ukrainian is spelt in Russian, letter by letter, where the two
// alphabets differ: both transcribe from the source language, so "Джорджія" / "Джорджия",
// "Вісконсин" / "Висконсин", "Мічиган" / "Мичиган". Ukrainian и stays и: in foreign names it
// stands where Russian writes и too. Used by the linker (src/entities/link/linker.ts) to find a
// name the lexicon knows only in Russian.

export const UK_TO_RU_LETTERS: Readonly<Record<string, string>> = {
  і: "и",
  ї: "йи",
  є: "е",
  ґ: "г",
  "'": "ь",
  "’": "ь",
  ʼ: "ь",
};

/**
 * How a Ukrainian word's ending is spelt in Russian, for borrowing Russian base-form rules: as above, and
 * Ukrainian и is Russian ы there ("Путіним" / "Путиным", "Сергієм Лавровим" / "Лавровым"). A word with a
 * letter Russian spells otherwise (ї, the apostrophe) keeps its own rules.
 */
export const UK_TO_RU_ENDING_LETTERS: Readonly<Record<string, string>> = { ...UK_TO_RU_LETTERS, и: "ы" };

/** The way back, for the endings Russian rules add: и is Ukrainian і, ы is и, э is е. */
export const RU_TO_UK_ENDING_LETTERS: Readonly<Record<string, string>> = { и: "і", ы: "и", э: "е" };
