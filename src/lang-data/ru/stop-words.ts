// Russian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "и в не на что с со по как это он она оно они мы вы его ее её их к у из за от для о об же бы ли то так уже еще ещё только был была было были будет будут также после через при который которая которое которые которого которой которых чтобы когда где или если очень этого этой этот эта эти том году года сейчас однако сегодня заявил сообщил может всех между более себя всё все всего другие других даже нам вам им ему ней меня тебя хотя свыше около кроме".split(
    " ",
  );
