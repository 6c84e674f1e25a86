// Czech inflectional endings stripped by the light stemmer (src/text/stem-light.ts) where no real stemmer exists.

/** Endings, longest first; the stemmer strips the first that leaves a stem of at least 3 letters. */
export const STEM_SUFFIXES: readonly string[] =
  "ěmi emi ech ích ách ami ovi ové ého ému ých ými ími ům ou em ým a e i o u y ě é í á ů ý".split(" ");
