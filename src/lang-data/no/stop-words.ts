// Norwegian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "og i at det som en på er av for med til den har de ikke om et han men var jeg seg fra vi så kan når etter også eller hadde nå skal være ble".split(
    " ",
  );
