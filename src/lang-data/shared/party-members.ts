// Plural nouns for the members of political parties and movements, by language: the guidelines annotate
// them as people (PER) though they are written in lowercase ("консерваторите", "labouristů", "torysów").
// Each entry is a stem and the plural endings (all cases) it takes; an ending "" is the stem alone.
// Plural only: a singular ("демократ") is as often a description as a member. One word each: the
// recognizer reads tokens, and a hyphenated "социал-демократы" is left to the model. Not Ukrainian: its
// annotators mark no lowercase people (not even demonyms), so the forms would only add spans its gold
// does not have. Read by the recognizer (src/entities/recognize/party-members.ts).

type Paradigm = readonly [stem: string, endings: readonly string[]];

const BG_PLURAL = ["и", "ите"];
const RU_PLURAL = ["ы", "ов", "ам", "ами", "ах"];
const RU_PLURAL_TS = ["ы", "ев", "ам", "ами", "ах"];
const CS_PLURAL = ["é", "ů", "ům", "y", "ech"];
const CS_PLURAL_C = ["i", "ů", "ům", "e", "ích", "emi"];
const SL_PLURAL = ["i", "ov", "om", "e", "ih"];
const SL_PLURAL_C = ["i", "ev", "em", "e", "ih"];
const PL_PLURAL_ST = ["ów", "om", "ami", "ach"];

export const PARTY_MEMBER_PARADIGMS: Readonly<Record<string, readonly Paradigm[]>> = {
  bg: [
    ["консерватор", BG_PLURAL],
    ["лейбърист", BG_PLURAL],
    ["лейборист", BG_PLURAL],
    ["демократ", BG_PLURAL],
    ["републиканц", BG_PLURAL],
    ["либерал", BG_PLURAL],
    ["социалист", BG_PLURAL],
    ["комунист", BG_PLURAL],
    ["тори", ["", "те"]],
  ],
  ru: [
    ["консерватор", RU_PLURAL],
    ["лейборист", RU_PLURAL],
    ["демократ", RU_PLURAL],
    ["республиканц", RU_PLURAL_TS],
    ["либерал", RU_PLURAL],
    ["социалист", RU_PLURAL],
    ["коммунист", RU_PLURAL],
    ["тори", [""]],
  ],
  cs: [
    ["konzervativc", CS_PLURAL_C],
    ["labourist", CS_PLURAL],
    ["toryov", ["é"]],
    ["demokrat", CS_PLURAL],
    ["republikán", ["i", "ů", "ům", "y", "ech"]],
    ["liberál", ["ové", "ů", "ům", "y", "ech"]],
    ["socialist", CS_PLURAL],
    ["komunist", CS_PLURAL],
  ],
  pl: [
    ["konserwatyści", [""]],
    ["konserwatyst", PL_PLURAL_ST],
    ["laburzyści", [""]],
    ["laburzyst", PL_PLURAL_ST],
    ["torys", ["i", "ów", "om", "ami", "ach"]],
    ["demokraci", [""]],
    ["demokrat", PL_PLURAL_ST],
    ["republikan", ["ie", "ów", "om", "ami", "ach"]],
    ["liberał", ["owie", "ów", "om", "ami", "ach"]],
    ["socjaliści", [""]],
    ["socjalist", PL_PLURAL_ST],
    ["komuniści", [""]],
    ["komunist", PL_PLURAL_ST],
  ],
  sl: [
    ["konservativc", SL_PLURAL_C],
    ["laburist", SL_PLURAL],
    ["torijc", SL_PLURAL_C],
    ["demokrat", SL_PLURAL],
    ["republikanc", SL_PLURAL_C],
    ["liberalc", SL_PLURAL_C],
    ["socialist", SL_PLURAL],
    ["komunist", SL_PLURAL],
  ],
};
