// English words for the people and things of a country or region ("Moldovan traders", "the Ukrainians",
// "a Balkan route"): adjectives and nouns, not names of places. CoNLL annotates them as MISC, the
// SlavicNER guidelines not at all; the model, meeting one it has not seen, reads it as a surname or a
// place. Lowercase, singular; read by src/entities/recognize/nationalities.ts, which also knows their
// plurals (-s, and -men for -man). Words that are also common names of places or people in English
// ("Chad", "Jordan", "Finn", "Christian") are not here.

// biome-ignore format: a word list reads best packed
export const ENGLISH_DEMONYMS: readonly string[] = [
  // Europe
  "albanian", "andorran", "armenian", "austrian", "azerbaijani", "azeri", "belarusian", "belarussian", "belgian",
  "bosnian", "british", "briton", "bulgarian", "croatian", "croat", "cypriot", "czech", "danish", "dane", "dutch",
  "dutchman", "english", "englishman", "estonian", "finnish", "french", "frenchman", "georgian", "german",
  "greek", "hungarian", "icelandic", "icelander", "irish", "irishman", "italian", "kosovan", "kosovar", "latvian",
  "liechtensteiner", "lithuanian", "luxembourgish", "macedonian", "maltese", "moldovan", "moldavian", "monegasque",
  "montenegrin", "norwegian", "polish", "pole", "portuguese", "romanian", "russian", "scottish", "scot", "serbian",
  "serb", "slovak", "slovakian", "slovenian", "slovene", "spanish", "spaniard", "swedish", "swede", "swiss",
  "turkish", "turk", "ukrainian", "welsh", "welshman", "northern irish", "crimean", "chechen", "tatar", "basque",
  "catalan", "flemish", "walloon", "bavarian", "corsican", "sardinian", "sicilian", "transnistrian", "abkhazian",
  "ossetian", "dagestani", "siberian",
  // the Americas
  "american", "argentine", "argentinian", "bolivian", "brazilian", "canadian", "chilean", "colombian", "costa rican",
  "cuban", "dominican", "ecuadorian", "guatemalan", "haitian", "honduran", "jamaican", "mexican", "nicaraguan",
  "panamanian", "paraguayan", "peruvian", "puerto rican", "salvadoran", "uruguayan", "venezuelan", "californian",
  "texan", "floridian", "quebecer", "quebecois",
  // Asia and the Middle East
  "afghan", "bahraini", "bangladeshi", "bhutanese", "burmese", "cambodian", "chinese", "emirati", "filipino",
  "indian", "indonesian", "iranian", "persian", "iraqi", "israeli", "japanese", "jordanian", "kazakh", "kazakhstani",
  "korean", "kuwaiti", "kyrgyz", "laotian", "lebanese", "malaysian", "maldivian", "mongolian", "nepalese", "nepali",
  "omani", "pakistani", "palestinian", "qatari", "saudi", "singaporean", "sri lankan", "syrian", "taiwanese",
  "tajik", "thai", "tibetan", "turkmen", "uzbek", "vietnamese", "yemeni", "kurdish", "kurd", "uyghur", "uighur",
  "punjabi", "kashmiri", "sindhi", "pashtun", "baluch", "arab", "arabian",
  // Africa
  "algerian", "angolan", "beninese", "botswanan", "burundian", "cameroonian", "congolese", "egyptian", "eritrean",
  "ethiopian", "gabonese", "gambian", "ghanaian", "guinean", "ivorian", "kenyan", "liberian", "libyan", "malagasy",
  "malawian", "malian", "mauritanian", "moroccan", "mozambican", "namibian", "nigerian", "nigerien", "rwandan",
  "senegalese", "somali", "somalian", "sudanese", "tanzanian", "togolese", "tunisian", "ugandan", "zambian",
  "zimbabwean", "south african",
  // Oceania
  "australian", "fijian", "new zealander", "papuan", "samoan", "tongan",
  // regions, peoples, faiths
  "african", "asian", "european", "balkan", "baltic", "caucasian", "nordic", "scandinavian", "slavic", "slav",
  "latin american", "middle eastern", "soviet", "eurasian", "western", "eastern", "jewish", "jew", "muslim",
  "catholic", "orthodox", "protestant", "hindu", "buddhist", "sikh", "sunni", "shia", "shiite",
];
