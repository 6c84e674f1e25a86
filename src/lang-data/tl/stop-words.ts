// Tagalog function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "ang ng sa na at mga ay si ni para hindi ito siya kanyang may kay din rin lamang ko mo niya kung pero".split(" ");
