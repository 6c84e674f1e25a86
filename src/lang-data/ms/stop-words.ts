// Malay function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "dan yang di ini itu dengan untuk tidak dalam pada akan ke dari ada juga oleh telah kepada mereka bagi sebagai atau bahawa lebih".split(
    " ",
  );
