// Slovenian common words in names of organizations, media and places with their English
// translation, so that a name and its English rendering meet (24 Канал / Channel 24). Base forms.

export const NAME_WORDS: Readonly<Record<string, string>> = {
  kanal: "channel",
  stranka: "party",
  unija: "union",
  zveza: "union",
  banka: "bank",
  ministrstvo: "ministry",
  svet: "council",
  sodišče: "court",
  agencija: "agency",
  univerza: "university",
  vlada: "government",
  odbor: "committee",
  služba: "service",
  kraljestvo: "kingdom",
  mednarodni: "international",
  severni: "northern",
  južni: "southern",
  vzhodni: "eastern",
  zahodni: "western",
  nov: "new",
  letališče: "airport",
  organizacija: "organization",
  fundacija: "foundation",
  novice: "news",
};
