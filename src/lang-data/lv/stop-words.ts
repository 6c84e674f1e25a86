// Latvian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "un ir ar par no uz ka kas bet vai lai tas tā to arī jau bija tiek tika viņš viņa viņi mēs jūs kā pēc".split(" ");
