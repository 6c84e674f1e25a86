// Ukrainian words that mark page furniture in scraped text: teaser labels, the end of an article, photo credits, bylines.

/** Labels that introduce a link to another article ("Read also"), lowercase. */
export const READ_ALSO_MARKERS: readonly string[] = [
  "читайте також",
  "дивіться також",
  "читайте більше",
  "читайте",
  "дивіться",
  "цікаво",
  "вас може зацікавити",
  "по темі",
  "більше новин",
  "також читайте",
  "рекомендуємо",
];

/** Whole-line labels of what follows an article: comments, sharing, tags, subscriptions. */
export const SECTION_END_MARKERS: readonly string[] = [
  "коментарі",
  "поділитися",
  "поширити",
  "пов'язані теми",
  "теги",
  "теми",
  "мітки",
  "підписуйтесь",
  "всі новини",
  "останні новини",
  "популярне",
  "ми в соцмережах",
];

/** Words that introduce a photo credit or caption source ("Photo:"). */
export const PHOTO_CREDIT_MARKERS: readonly string[] = ["фото", "світлина", "джерело фото", "ілюстрація"];

/** Words that introduce an author's name in a byline ("By", "Автор:"), lowercase. */
export const AUTHOR_CUES: readonly string[] = ["автор", "авторка", "від", "текст"];

/** Words that join two authors' names in a byline. */
export const AUTHOR_JOINERS: readonly string[] = ["і", "та", "й"];
