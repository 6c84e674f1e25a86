// Russian words that mark page furniture in scraped text: teaser labels, the end of an article, photo credits, bylines.

/** Labels that introduce a link to another article ("Read also"), lowercase. */
export const READ_ALSO_MARKERS: readonly string[] = [
  "читайте также",
  "смотрите также",
  "читайте",
  "смотрите",
  "по теме",
  "интересно",
  "вас может заинтересовать",
  "также читайте",
  "рекомендуем",
];

/** Whole-line labels of what follows an article: comments, sharing, tags, subscriptions. */
export const SECTION_END_MARKERS: readonly string[] = [
  "комментарии",
  "поделиться",
  "теги",
  "метки",
  "похожие новости",
  "подписывайтесь",
  "все новости",
  "последние новости",
  "популярное",
  "мы в соцсетях",
];

/** Words that introduce a photo credit or caption source ("Photo:"). */
export const PHOTO_CREDIT_MARKERS: readonly string[] = ["фото", "иллюстрация", "источник фото"];

/** Words that introduce an author's name in a byline ("By", "Автор:"), lowercase. */
export const AUTHOR_CUES: readonly string[] = ["автор", "от", "текст"];

/** Words that join two authors' names in a byline. */
export const AUTHOR_JOINERS: readonly string[] = ["и"];
