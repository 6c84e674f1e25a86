// English abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] =
  "mr mrs ms dr prof st jr sr vs etc inc ltd co corp gen col lt sgt gov sen rep jan feb mar apr jun jul aug sep sept oct nov dec no u.s u.k e.g i.e a.m p.m mt ft approx dept est fig".split(
    " ",
  );
