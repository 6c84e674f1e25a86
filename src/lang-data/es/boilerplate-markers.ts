// Spanish words that mark page furniture in scraped text: teaser labels, the end of an article, photo credits, bylines.

/** Labels that introduce a link to another article ("Read also"), lowercase. */
export const READ_ALSO_MARKERS: readonly string[] = ["lee también", "leer más", "te puede interesar", "ver también", "relacionado"];

/** Whole-line labels of what follows an article: comments, sharing, tags, subscriptions. */
export const SECTION_END_MARKERS: readonly string[] = ["comentarios", "compartir", "deja un comentario", "etiquetas", "lo más leído"];

/** Words that introduce a photo credit or caption source ("Photo:"). */
export const PHOTO_CREDIT_MARKERS: readonly string[] = ["foto", "imagen", "crédito"];

/** Words that introduce an author's name in a byline ("By", "Автор:"), lowercase. */
export const AUTHOR_CUES: readonly string[] = ["por", "autor", "autora"];

/** Words that join two authors' names in a byline. */
export const AUTHOR_JOINERS: readonly string[] = ["y"];
