// Turkish function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "ve bir bu da de için ile ne o çok daha gibi olarak en ama kadar sonra ise olan değil her ya şu tarafından göre var yok olduğu".split(
    " ",
  );
