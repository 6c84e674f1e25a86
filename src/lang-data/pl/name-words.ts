// Polish common words in names of organizations, media and places with their English
// translation, so that a name and its English rendering meet (24 Канал / Channel 24). Base forms.

export const NAME_WORDS: Readonly<Record<string, string>> = {
  kanał: "channel",
  partia: "party",
  unia: "union",
  związek: "union",
  bank: "bank",
  ministerstwo: "ministry",
  rada: "council",
  sąd: "court",
  agencja: "agency",
  uniwersytet: "university",
  rząd: "government",
  komitet: "committee",
  służba: "service",
  królestwo: "kingdom",
  międzynarodowy: "international",
  północny: "northern",
  południowy: "southern",
  wschodni: "eastern",
  zachodni: "western",
  nowy: "new",
  lotnisko: "airport",
  organizacja: "organization",
  fundacja: "foundation",
  wiadomości: "news",
};
