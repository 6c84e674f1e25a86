// Slovak inflectional endings stripped by the light stemmer (src/text/stem-light.ts) where no real stemmer exists.

/** Endings, longest first; the stemmer strips the first that leaves a stem of at least 3 letters. */
export const STEM_SUFFIXES: readonly string[] = "och ách ami ovi ého ému ých ými ov om ou ej ým a e i o u y é í á ý ô".split(" ");
