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
