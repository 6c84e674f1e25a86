// Bulgarian words that mark page furniture in scraped text: teaser labels, the end of an article, photo credits, bylines.

/** Labels that introduce a link to another article ("Read also"), lowercase. */
export const READ_ALSO_MARKERS: readonly string[] = [
  "прочетете още",
  "прочетете",
  "вижте още",
  "вижте",
  "още по темата",
  "свързани новини",
  "четете още",
  "още от",
];

/** Whole-line labels of what follows an article: comments, sharing, tags, subscriptions. */
export const SECTION_END_MARKERS: readonly string[] = [
  "коментари",
  "сподели",
  "споделете",
  "тагове",
  "етикети",
  "абонирайте се",
  "още новини",
  "последни новини",
  "най-четени",
  "свързани статии",
];

/** Words that introduce a photo credit or caption source ("Photo:"). */
export const PHOTO_CREDIT_MARKERS: readonly string[] = ["снимка", "снимки", "фото", "източник"];

/** Words that introduce an author's name in a byline ("By", "Автор:"), lowercase. */
export const AUTHOR_CUES: readonly string[] = ["автор", "от", "текст"];

/** Words that join two authors' names in a byline. */
export const AUTHOR_JOINERS: readonly string[] = ["и"];
