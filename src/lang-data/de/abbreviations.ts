// German abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] = "z.b bzw usw ca dr prof nr str mio mrd u.a d.h evtl ggf inkl vgl bspw jh".split(" ");
