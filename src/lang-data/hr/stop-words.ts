// Croatian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "i u je da se na za od su s sa ne što kao iz koji koja koje ali ili po to će bi bio bila bilo bili još već nakon kroz između samo također ako kada gdje prema godine danas rekao može treba ih on ona oni mi vi njih ovaj ova ovo taj zbog prije poslije smo ste sam jer".split(
    " ",
  );
