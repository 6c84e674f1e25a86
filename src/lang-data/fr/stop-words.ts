// French function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "de la le et les des en un une du est que pour qui dans a par sur au pas plus ne se ce il elle ont sont été avec son sa ses mais ou aux leur comme nous vous ils cette être fait aussi dont tout après".split(
    " ",
  );
