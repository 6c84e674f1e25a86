// Grammar of names that the base-form rules, learned word by word from annotated names, miss: how an
// adjective agrees with its noun, women's surnames, first names that never decline, Polish apostrophes,
// a Bulgarian person's name. Written by hand
// from the languages' standard grammars. Used by the base-form step (src/entities/link/lemmatizer.ts).

export type Gender = "m" | "f" | "n";

/** How a language's adjective agrees in gender with the noun after it, in base forms. */
export interface AdjectiveAgreement {
  /** A written word with an adjective's oblique-case ending. */
  oblique: RegExp;
  /** A noun's gender by the ending of its base form: the first that matches (none: the ending does not say). */
  nounGender: readonly (readonly [Gender, RegExp])[];
  /** An adjective's base-form ending in each gender. */
  adjective: Readonly<Record<Gender, RegExp>>;
  /** An adjective's ending in the plural nominative, where no gender's has it. */
  plural?: RegExp;
  /**
   * A word written with the base ending of its noun's gender is an adjective in its base form (not in pl,
   * where "-y", "-i" also end nouns in the genitive: "Izby Gmin").
   */
  writtenBaseForm: boolean;
}

export const ADJECTIVE_AGREEMENT: Readonly<Record<string, AdjectiveAgreement>> = {
  // "Črnega morja" is "Črno morje"; "Združenega kraljestva" "Združeno kraljestvo"; "novim koronavirusom" "novi koronavirus".
  sl: {
    oblique: /\p{L}{2}(?:ega|emu|em|im|ih|imi)$/u,
    nounGender: [
      ["n", /[oe]$/u],
      ["f", /a$/u],
      ["m", /./u],
    ],
    adjective: { m: /i$/u, f: /a$/u, n: /[oe]$/u },
    writtenBaseForm: true,
  },
  // "Baltském moři" is "Baltské moře". A noun in -e is feminine or neuter: it does not say.
  cs: {
    oblique: /\p{L}{2}(?:ého|ému|ém|ým|ých|ými|ou)$/u,
    nounGender: [
      ["n", /o$/u],
      ["f", /a$/u],
      ["m", /[^aeiouyáéíóúůýě]$/u],
    ],
    adjective: { m: /[ýí]$/u, f: /[áí]$/u, n: /[éí]$/u },
    writtenBaseForm: true,
  },
  pl: {
    oblique: /\p{L}{2}(?:ego|emu|ym|im|ych|ich|ymi|imi|ej|ą)$/u,
    nounGender: [
      ["n", /[oe]$/u],
      ["f", /a$/u],
      ["m", /[^aeiouyąę]$/u],
    ],
    adjective: { m: /[yi]$/u, f: /a$/u, n: /e$/u },
    writtenBaseForm: false,
  },
  // A noun in -ь is masculine or feminine: it does not say.
  ru: {
    oblique: /\p{L}{2}(?:ого|его|ому|ему|ым|им|ом|ем|ых|их|ыми|ими|ой|ей|ую|юю)$/u,
    nounGender: [
      ["n", /[оеё]$/u],
      ["f", /[ая]$/u],
      ["m", /[^аеёиоуыэюяь]$/u],
    ],
    adjective: { m: /(?:ый|ий|ой)$/u, f: /(?:ая|яя)$/u, n: /(?:ое|ее)$/u },
    plural: /(?:ые|ие)$/u,
    writtenBaseForm: true,
  },
  uk: {
    oblique: /\p{L}{2}(?:ого|ього|ому|ьому|им|ім|их|іх|ими|іми|ої|ою)$/u,
    nounGender: [
      ["n", /[еєо]$/u],
      ["f", /[ая]$/u],
      ["m", /[^аеєиіїоуюяь]$/u],
    ],
    adjective: { m: /(?:ий|ій)$/u, f: /(?:а|я)$/u, n: /(?:е|є)$/u },
    plural: /і$/u,
    writtenBaseForm: true,
  },
};

/**
 * A woman's surname by its ending, in the languages where it shows: the name's case and that her first name
 * is a woman's. `pattern` splits the lowercase surname into stem (group 1) and case ending (group 2); the
 * base form is the stem with `base`; a `nominative` ending puts the whole name in its base form; where
 * `firstName` is given, the first name must end so too.
 * Czech: in -ová the nominative, in -ové or -ovou another case ("Kamaly Harrisové", "Kamalu Harrisovou").
 * Russian and Ukrainian: only the endings no man's surname has (ru "-овой", uk "-ової", "-овою":
 * "Марии Захаровой", "Марії Захарової"); "-ову" is also a man's dative, "-ова" his genitive, uk "-овій" a man's name (Лиховій).
 */
export const WOMANS_SURNAME: Readonly<Record<string, { pattern: RegExp; base: string; nominative?: string; firstName?: RegExp }>> = {
  cs: { pattern: /^(.*\p{L}ov)(á|é|ou)$/u, base: "á", nominative: "á" },
  // A man's surname may end so in the nominative ("Андрей Луговой"): only after a woman's first name in some case.
  ru: { pattern: /^(.*\p{L}(?:ов|ев|ёв|ин|ын))(ой)$/u, base: "а", firstName: /(?:[аяеиоуэю]|[иь]ей|ой)$/u },
  uk: { pattern: /^(.*\p{L}(?:ов|ев|єв|ін|ин|їн))(ої|ою)$/u, base: "а" },
};

/**
 * The suffix Czech and Slovak add to a woman's surname, foreign ones too ("Kamala Harrisová", "Nancy
 * Pelosiová", "Angela Merkelová"): without it, the name as other languages write it. Group 1 is the
 * surname without the suffix.
 */
export const WOMANS_SURNAME_SUFFIX: Readonly<Record<string, RegExp>> = {
  cs: /^(\p{L}{2,})ová$/u,
  sk: /^(\p{L}{2,})ová$/u,
};

/** The last letter of a woman's first name in its base form (Kamala, Julie, Мария, Ненсі); else it does not decline (Ingrid). */
export const FEMININE_FIRST_NAME_END: Readonly<Record<string, RegExp>> = {
  cs: /[aeiouyáéíě]$/u,
  ru: /[аяеиоуэю]$/u,
  uk: /[аяеєиіїоую]$/u,
};

/**
 * Bulgarian has no cases, and a person's name takes no article: a capitalized name word is its own base
 * form. A group of people is named by a plural, which takes the article -те ("Британците" → "британци").
 */
export const BULGARIAN_PLURAL_ARTICLE = /те$/u;

/** A Bulgarian feminine noun in -ия takes the article -та ("пандемията" → "пандемия"): the article's length. */
export const BULGARIAN_IA_ARTICLE = { ending: "ията", article: 2 } as const;

/**
 * First names that end so in their base form do not decline (Russian "Джо", "Джереми", "Хосе"; Ukrainian
 * "Берні", "Ентоні", "Джо"): the languages' own first names end in a consonant, -а/-я or -й/-ь, and
 * Ukrainian masculine ones in -ло, -ро, -ко too, which decline (Петро, Петра).
 */
export const INDECLINABLE_FIRST_NAME_ENDING: Readonly<Record<string, RegExp>> = {
  ru: /[иоуеэю]$/u,
  uk: /(?:[іїиуеєю]|[^лрк]о)$/u,
};

/**
 * Polish writes the case ending of a foreign name whose last letter is silent or a vowel after an
 * apostrophe ("Mike'a Pence'a", "Jeremy'ego", "Farage'owi", "O'Leary'emu"): the base form is the word
 * before it. Not the English possessive ("People's Vote").
 */
export const POLISH_APOSTROPHE_ENDING = /^(.*\p{L})['’](?:a|ego|go|em|emu|m|owi|u|ie|y)$/u;
