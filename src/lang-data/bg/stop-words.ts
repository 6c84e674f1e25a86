// Bulgarian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "и в на да се от за с не е са че по ще със като но който която което които това този тази тези той тя то те ние вие го му ѝ им бе беше бяха бил била било били много още вече след през при между само също ако или когато където според година години днес каза заяви може трябва във към пред над под защото обаче дори техните неговата нейната".split(
    " ",
  );
