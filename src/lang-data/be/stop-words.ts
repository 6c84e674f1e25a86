// Belarusian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "і й у ў на не з са што гэта як да ад для за па пра але ён яна яно яны мы вы яго яе іх быў была было былі будзе таксама ужо яшчэ пасля праз паміж толькі які якая якое якія калі дзе ці вельмі сваю свае гэтага гэтай гэты гэтая годзе года сёння заявіў паведаміў можа усе ўсе ўсіх нават хаця каля".split(
    " ",
  );
