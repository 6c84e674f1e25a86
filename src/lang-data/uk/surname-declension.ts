// Ukrainian surnames in -енко/-ко decline like masculine nouns in -о (Лукашенко, Лукашенка,
// Лукашенку, Лукашенком): inflected ending → base ending, a prior for the learned base-form rules.

export const SURNAME_DECLENSION: readonly (readonly [inflected: string, base: string])[] = [
  ["енка", "енко"],
  ["енку", "енко"],
  ["енкові", "енко"],
  ["енком", "енко"],
  ["енці", "енко"],
];
