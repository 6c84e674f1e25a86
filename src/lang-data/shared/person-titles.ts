// Titles that precede a name or a country without being part of it ("Президенту України", "premier
// Polski", "President of France" is written out), pooled over the languages we read. Lowercase stems:
// a word matches when it starts with one and at most a case ending (3 letters) follows. Used by the
// entity recognizer to trim a title the model took into a name.

export const PERSON_TITLE_STEMS: readonly string[] = [
  // uk, ru, be, bg
  "президент",
  "прэзідэнт",
  "прем'єр",
  "прем'єр-міністр",
  "премьер",
  "премьер-министр",
  "премиер",
  "министр",
  "міністр",
  "министър",
  "канцлер",
  "король",
  "королев",
  "крал",
  "кралиц",
  "голов",
  "председател",
  "спікер",
  "спикер",
  // pl, cs, sl
  "prezydent",
  "prezydentk",
  "premier",
  "minist",
  "kanclerz",
  "kancléř",
  "kancler",
  "kancelark",
  "król",
  "królow",
  "král",
  "královn",
  "kralj",
  "kraljic",
  "prezident",
  "prezidentk",
  "premiér",
  "předsed",
  "predsednik",
  "predsednic",
  // en
  "president",
  "minister",
  "chancellor",
  "king",
  "queen",
];
