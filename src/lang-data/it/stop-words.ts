// Italian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "di e il la che a per un in è del della le non una i da dei si con sono al gli alla come più anche ha nel ma lo delle questo sua suo ci essere stato nella degli dal alle loro dopo tra ancora".split(
    " ",
  );
