// Slovak function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "a v sa na je že s z do o to k i ako by vo pre po ale sú bol bola bolo boli už len tiež ktorý ktorá ktoré ktorí jeho jej ich alebo keď podľa pri pred za zo než bude medzi proti tak ešte roku rokov aj či".split(
    " ",
  );
