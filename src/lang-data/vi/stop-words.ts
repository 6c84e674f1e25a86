// Vietnamese function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "và của là có trong được cho các những với không một này người đã đến khi về từ cũng như sẽ theo nhưng".split(" ");
