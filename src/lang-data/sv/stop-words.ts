// Swedish function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan när efter också eller hade nu skulle".split(
    " ",
  );
