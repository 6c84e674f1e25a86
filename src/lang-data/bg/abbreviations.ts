// Bulgarian abbreviations that end with a full stop but not a sentence (read by src/text/sentences.ts).

/** Lowercase, without the final full stop; inner stops kept ("т.е" for "т. е." and "т.е."). */
export const ABBREVIATIONS: readonly string[] =
  "г гг гр ул млн млрд хил лв т.е т.нар напр др проф акад ген д-р бул обл с км ст пл св вж".split(" ");
