// Estonian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "ja on ei et see oli ka kui ta mis või aga nagu siis veel seda tema nad me te ning kes mida oma seal pärast".split(" ");
