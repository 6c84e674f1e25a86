// Russian common words in names of organizations, media and places with their English
// translation, so that a name and its English rendering meet (24 Канал / Channel 24). Base forms.

export const NAME_WORDS: Readonly<Record<string, string>> = {
  канал: "channel",
  партия: "party",
  союз: "union",
  банк: "bank",
  министерство: "ministry",
  совет: "council",
  суд: "court",
  агентство: "agency",
  университет: "university",
  правительство: "government",
  комитет: "committee",
  служба: "service",
  королевство: "kingdom",
  международный: "international",
  северный: "northern",
  южный: "southern",
  восточный: "eastern",
  западный: "western",
  новый: "new",
  аэропорт: "airport",
  организация: "organization",
  фонд: "fund",
  новости: "news",
};
