// Finnish function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "ja on ei se että oli hän ovat myös kun mutta joka tai nyt vain jo ole olla sen niin kuin mukaan jälkeen sekä hänen heidän".split(" ");
