// Dutch function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "de het een en van in is dat op te zijn voor met niet aan er om ook als bij maar dan door naar uit nog wordt werd worden hij zij ze wij we kan heeft hebben was waren over tot na dit deze die".split(
    " ",
  );
