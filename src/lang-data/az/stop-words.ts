// Azerbaijani function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "və bu bir ilə də da üçün olan olaraq ki o isə daha çox kimi sonra görə bunu onun belə hər əgər".split(" ");
