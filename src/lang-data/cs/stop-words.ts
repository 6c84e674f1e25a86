// Czech function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "a v se na je že s z do o to k i jako by ve pro po ale jsou byl byla bylo byly už jen také který která které kteří jeho její jejich nebo když jak podle při před za ze než již bude mezi proti tak ještě roce let".split(
    " ",
  );
