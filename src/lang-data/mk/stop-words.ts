// Macedonian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "и во на да се од за со не е што како но кој која кое кои ова овој оваа овие тој таа тоа тие ние вие го му ѝ им беше биле бил била било ќе многу уште веќе по преку при меѓу само исто ако или кога каде според година години денес рече може треба сите нив него неа сум си сме сте овде таму беа дека ги ја има нема биде сè сега кон".split(
    " ",
  );
