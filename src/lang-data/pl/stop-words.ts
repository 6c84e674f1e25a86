// Polish function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "i w na z że się nie do to jest o jak od po za ale dla co przez jego jej ich czy już tylko także oraz który która które którzy może był była było były będzie są przy pod nad przed ze we tak gdy jednak też bardzo został została roku lat".split(
    " ",
  );
