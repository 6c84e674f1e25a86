// Words that join the last items of an enumeration ("Київ, Львів і Одеса"), pooled over the
// languages we read (uk, ru, be, bg, pl, cs, sl, en). Lowercase. Used by the entity recognizer's
// enumeration rule (items of one list share an entity type).

export const LIST_CONJUNCTIONS: readonly string[] = [
  // uk, ru, be, bg (Cyrillic)
  "і",
  "й",
  "та",
  "и",
  "або",
  "или",
  "чи",
  // pl, cs, sl, en (Latin)
  "i",
  "oraz",
  "lub",
  "a",
  "nebo",
  "in",
  "ali",
  "and",
  "or",
  "&",
];
