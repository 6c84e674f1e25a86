// Icelandic function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] = "og í að á er sem til það með um en var ekki við hann hún þau eru hefur frá eftir".split(" ");
