// Albanian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "dhe në të një për me që nga është janë ka kanë nuk do u se si por edhe ai ajo ata kjo ky".split(" ");
