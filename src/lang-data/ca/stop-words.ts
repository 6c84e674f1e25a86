// Catalan function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "el la els les de del i a en que per amb no un una és són es va al als dels però com més ha seu seva també hi ho li aquest aquesta".split(
    " ",
  );
