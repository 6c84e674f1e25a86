// Ukrainian function words: stop words for search and similarity, and evidence for language identification.

/** The most frequent function words, lowercase (written by hand for crossnews). */
export const STOP_WORDS: readonly string[] =
  "і й та що не на з із до у в це як але від для за про його її їх він вона воно вони ми ви є був була було були буде будуть також вже ще після через під між лише тільки який яка яке які якого якої яких щоб коли де чи так дуже якщо тому можна саме свою свої своїх цього цієї цей ця ці ті році року зараз адже проте однак наразі сьогодні заявив повідомив зокрема нам вам їм йому їй мене тебе себе усі всі всіх інші інших навіть ж би хоча понад близько".split(
    " ",
  );
