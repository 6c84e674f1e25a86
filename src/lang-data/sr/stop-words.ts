// Serbian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "и у је да се на за од са не су што као из који која које али или по то ће би био била било били још већ након кроз између само такође ако када где према године данас рекао може треба их он она оно они ми ви нам вам њих њега њој овај ова ово ови тај та те код због пре после смо сте сам јер".split(
    " ",
  );
