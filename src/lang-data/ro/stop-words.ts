// Romanian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "și de la în a cu pe că un o din nu mai care este sunt se au fost pentru ca sau dar al ale lui ei iar după prin spre între această acest acum foarte fi fie".split(
    " ",
  );
