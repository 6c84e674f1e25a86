// English words that mark page furniture in scraped text: teaser labels, the end of an article, photo credits, bylines.

/** Labels that introduce a link to another article ("Read also"), lowercase. */
export const READ_ALSO_MARKERS: readonly string[] = [
  "read also",
  "read more",
  "see also",
  "also read",
  "related",
  "you may also like",
  "more from",
  "recommended",
  "read next",
  "related articles",
  "related stories",
  "more on this",
];

/** Whole-line labels of what follows an article: comments, sharing, tags, subscriptions. */
export const SECTION_END_MARKERS: readonly string[] = [
  "leave a reply",
  "leave a comment",
  "comments",
  "share",
  "share this",
  "share this article",
  "tags",
  "related posts",
  "subscribe",
  "newsletter",
  "about the author",
  "post navigation",
  "more stories",
  "most read",
  "popular",
];

/** Words that introduce a photo credit or caption source ("Photo:"). */
export const PHOTO_CREDIT_MARKERS: readonly string[] = ["photo", "image", "credit", "photograph", "pictured"];

/** Words that introduce an author's name in a byline ("By", "Автор:"), lowercase. */
export const AUTHOR_CUES: readonly string[] = ["by", "author", "written by", "words by"];

/** Words that join two authors' names in a byline. */
export const AUTHOR_JOINERS: readonly string[] = ["and"];
