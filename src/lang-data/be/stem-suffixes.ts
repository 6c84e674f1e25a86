// Belarusian inflectional endings stripped by the light stemmer (src/text/stem-light.ts) where no real stemmer exists.

/** Endings, longest first; the stemmer strips the first that leaves a stem of at least 3 letters. */
export const STEM_SUFFIXES: readonly string[] = "амі ымі ага ога ых ім ам ах ай ой ою ей а у ы і е я ю о ь ў".split(" ");
