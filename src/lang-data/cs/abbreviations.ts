// Czech abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] = "např tzv tj mj resp apod atd mld mil tis ul č str dr prof ing mgr gen sv kč r".split(" ");
