// Kurdish (Kurmanji) function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] = "û di de ku ji bi li ev ew ne jî an heta bo wê wî lê ta me min te wan".split(" ");
