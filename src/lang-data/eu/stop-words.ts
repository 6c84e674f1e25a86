// Basque function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "eta da ez du dira ere bat hori baina zen izan dute edo beste bere hau dago zuen dela gisa arte baino oso behar asko".split(" ");
