// Bulgarian common words in names of organizations, media and places with their English
// translation, so that a name and its English rendering meet (24 Канал / Channel 24). Base forms.

export const NAME_WORDS: Readonly<Record<string, string>> = {
  канал: "channel",
  партия: "party",
  съюз: "union",
  банка: "bank",
  министерство: "ministry",
  съвет: "council",
  съд: "court",
  агенция: "agency",
  университет: "university",
  правителство: "government",
  комитет: "committee",
  служба: "service",
  кралство: "kingdom",
  международен: "international",
  северен: "northern",
  южен: "southern",
  източен: "eastern",
  западен: "western",
  нов: "new",
  летище: "airport",
  организация: "organization",
  фонд: "fund",
  новини: "news",
};
