// Polish abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] =
  "np tzw tj ok godz ul mln mld tys zł r w dr prof gen im al pl św ks mgr inż woj gm pow".split(" ");
