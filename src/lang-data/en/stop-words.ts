// English function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "the of and to a in is that for it on was with as by at from he she they we you his her their its be are were been has have had not but or an this which who will would can could said also after about more than into over up out there one all new first two when what so if no".split(
    " ",
  );
