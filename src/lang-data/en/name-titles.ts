// Titles English writes capitalized before a name ("President Obama", "Brigadier General Smith",
// "Bishop Tutu", "Mr Porter"), which are not part of the name (CoNLL and BSNLP alike leave them out).
// Lowercase, abbreviations without their dot. Read by src/entities/recognize/english-titles.ts.

// biome-ignore format: a word list reads best packed, a line per group
export const NAME_TITLES: readonly string[] = [
  // forms of address
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "madam", "mister",
  // politics and office
  "president", "vice", "prime", "senator", "sen", "governor", "gov", "congressman", "congresswoman", "representative", "rep",
  "mayor", "minister", "premier", "chancellor", "secretary", "ambassador", "chairman", "chairwoman", "speaker",
  "judge", "justice", "sheriff", "councillor", "councilman", "councilwoman", "commissioner", "deputy", "chief", "inspector",
  "detective", "constable", "officer", "attorney", "prosecutor",
  // armed forces
  "general", "gen", "brigadier", "lieutenant", "lt", "colonel", "col", "captain", "capt", "sergeant", "sgt",
  "admiral", "commander", "corporal", "marshal", "field", "commodore",
  // clergy and crowns
  "pope", "bishop", "archbishop", "cardinal", "reverend", "rev", "rabbi", "imam", "sheikh", "king", "queen",
  "emperor", "empress", "tsar", "czar", "sultan", "emir",
];
