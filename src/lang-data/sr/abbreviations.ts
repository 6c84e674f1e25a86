// Serbian abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] = "г год ул мил млрд хиљ нпр тј итд др проф ген бр св".split(" ");
