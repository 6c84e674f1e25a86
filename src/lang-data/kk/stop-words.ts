// Kazakh function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "және мен бен пен да де та те бұл осы ол олар біз сіз бір үшін деп туралы екен еді болды болып бойынша жылы қазір дейін кейін сол оның олардың жоқ емес тағы барлық ретінде арқылы қатар әр көп деді бар жыл".split(
    " ",
  );
