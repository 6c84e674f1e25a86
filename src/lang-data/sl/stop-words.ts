// Slovenian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "in je v na da se za z so pa ki ne bi s po o kot tudi pri iz do le še ali bo bil bila bilo bili ga jih ji jo mu smo ste sem že ker kar kaj lahko zdaj vendar tako med pred".split(
    " ",
  );
