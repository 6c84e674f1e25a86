// Russian abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] =
  "т.е т.д т.п др г гг ул им млн млрд тыс руб коп км обл д с ст стр см проф акад ген ок пр просп пл св тов".split(" ");
