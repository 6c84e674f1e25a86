// Kazakh inflectional endings stripped by the light stemmer (src/text/stem-light.ts) where no real stemmer exists.

/** Endings, longest first; the stemmer strips the first that leaves a stem of at least 3 letters. */
export const STEM_SUFFIXES: readonly string[] =
  "лардың лердің дардың тардың ларға лерге ларды лерді лар лер дар дер тар тер ның нің дың дің тың тің ға ге қа ке да де та те ды ді ты ті".split(
    " ",
  );
