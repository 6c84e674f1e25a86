// Ukrainian common words in names of organizations, media and places with their English
// translation, so that a name and its English rendering meet (24 Канал / Channel 24). Base forms.

export const NAME_WORDS: Readonly<Record<string, string>> = {
  канал: "channel",
  партія: "party",
  союз: "union",
  банк: "bank",
  міністерство: "ministry",
  рада: "council",
  суд: "court",
  агентство: "agency",
  університет: "university",
  уряд: "government",
  комітет: "committee",
  служба: "service",
  королівство: "kingdom",
  міжнародний: "international",
  північний: "northern",
  південний: "southern",
  східний: "eastern",
  західний: "western",
  новий: "new",
  аеропорт: "airport",
  організація: "organization",
  фонд: "fund",
  новини: "news",
};
