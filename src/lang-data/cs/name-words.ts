// Czech common words in names of organizations, media and places with their English
// translation, so that a name and its English rendering meet (24 Канал / Channel 24). Base forms.

export const NAME_WORDS: Readonly<Record<string, string>> = {
  kanál: "channel",
  strana: "party",
  unie: "union",
  svaz: "union",
  banka: "bank",
  ministerstvo: "ministry",
  rada: "council",
  soud: "court",
  agentura: "agency",
  univerzita: "university",
  vláda: "government",
  výbor: "committee",
  služba: "service",
  království: "kingdom",
  mezinárodní: "international",
  severní: "northern",
  jižní: "southern",
  východní: "eastern",
  západní: "western",
  nový: "new",
  letiště: "airport",
  organizace: "organization",
  nadace: "foundation",
  zprávy: "news",
};
