// French abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] = "m mm mme mlle dr prof st ste av bd env etc p.ex c.-à-d".split(" ");
