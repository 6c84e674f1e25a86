// Lithuanian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "ir yra su iš į kad tai bet ar jo jos jų buvo bus kaip taip pat dar kuris kuri apie po per nuo už".split(" ");
