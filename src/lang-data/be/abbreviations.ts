// Belarusian abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] = "г гг вул млн млрд тыс руб км вобл в с проф акад ген д п гл".split(" ");
