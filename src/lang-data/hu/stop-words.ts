// Hungarian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "a az és hogy nem is egy van volt meg de ez azt már csak mint még el ki be fel le ha pedig vagy után között által szerint lesz lett kell most".split(
    " ",
  );
