// Yoruba function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] = "ní àti ti ó wọn kò sí pé fún láti jẹ́ kan yìí náà bí gbogbo nígbà yóò àwọn ṣùgbọ́n".split(" ");
