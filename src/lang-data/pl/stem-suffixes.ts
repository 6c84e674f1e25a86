// Polish inflectional endings stripped by the light stemmer (src/text/stem-light.ts) where no real stemmer exists.

/** Endings, longest first; the stemmer strips the first that leaves a stem of at least 3 letters. */
export const STEM_SUFFIXES: readonly string[] = "owie ami ach ych ymi ich imi ego emu owi ów om em ie ej ą ę a e i o u y".split(" ");
