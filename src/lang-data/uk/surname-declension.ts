// Ukrainian surnames in -енко decline like masculine nouns in -о (Лукашенко, Лукашенка, Лукашенку,
// Лукашенком), surnames in -ський/-цький like adjectives (Зеленського, Зеленському, Зеленським):
// inflected ending → base ending, a prior for the learned base-form rules (masculine forms).

export const SURNAME_DECLENSION: readonly (readonly [inflected: string, base: string])[] = [
  ["енка", "енко"],
  ["енку", "енко"],
  ["енкові", "енко"],
  ["енком", "енко"],
  ["енці", "енко"],
  ["ського", "ський"],
  ["ському", "ський"],
  ["ським", "ський"],
  ["цького", "цький"],
  ["цькому", "цький"],
  ["цьким", "цький"],
];
