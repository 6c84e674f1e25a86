// French words that mark page furniture in scraped text: teaser labels, the end of an article, photo credits, bylines.

/** Labels that introduce a link to another article ("Read also"), lowercase. */
export const READ_ALSO_MARKERS: readonly string[] = ["lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "lire la suite"];

/** Whole-line labels of what follows an article: comments, sharing, tags, subscriptions. */
export const SECTION_END_MARKERS: readonly string[] = [
  "commentaires",
  "partager",
  "laisser un commentaire",
  "articles similaires",
  "les plus lus",
];

/** Words that introduce a photo credit or caption source ("Photo:"). */
export const PHOTO_CREDIT_MARKERS: readonly string[] = ["photo", "crédit", "illustration"];

/** Words that introduce an author's name in a byline ("By", "Автор:"), lowercase. */
export const AUTHOR_CUES: readonly string[] = ["par", "auteur", "autrice"];

/** Words that join two authors' names in a byline. */
export const AUTHOR_JOINERS: readonly string[] = ["et"];
