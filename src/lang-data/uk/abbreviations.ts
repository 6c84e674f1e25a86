// Ukrainian abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] =
  "т.д т.п ін інш див р рр ст грн млн млрд тис км вул обл м с смт проф акад д п пп напр зокр ім св пл просп к ген тов".split(" ");
