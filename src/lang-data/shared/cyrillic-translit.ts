// Cyrillic letters that every romanization crossnews ships (uk, ru, bg, be, mk, sr, kk) spells the same way;
// each language's translit.ts spreads these and adds its own letters (STYLE.md rule 2: shared data is extended, not copied).

export const CYRILLIC_COMMON_LETTERS: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  д: "d",
  з: "z",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
};
