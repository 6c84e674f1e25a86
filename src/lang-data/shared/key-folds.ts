// Spelling folds for the loose matching key (src/text/key.ts): what different romanizations and
// Latin orthographies write differently for the same sound, as ordered data.

/** Latin letters with diacritics or outside ASCII → ASCII spelling, before marks are stripped. */
export const LATIN_LETTER_FOLDS: Readonly<Record<string, string>> = {
  č: "ch",
  ć: "ch",
  š: "sh",
  ś: "sh",
  ž: "zh",
  ż: "zh",
  ź: "zh",
  ř: "rzh",
  đ: "dzh",
  ł: "l",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  þ: "th",
  ð: "d",
  ı: "i",
  ş: "sh",
  ș: "sh",
  ţ: "ts",
  ț: "ts",
  ĳ: "ij",
  ŭ: "u",
  ë: "e",
};

/** Spelling folds that hold for every Latin orthography and every romanization, applied first. */
export const KEY_DIGRAPH_FOLDS: readonly (readonly [RegExp, string])[] = [
  // German, Polish and Czech spellings of ch / sh / zh / shch. Upper-case C, S, Z stand for the units
  // ch, sh, zh from here on so that later rules cannot split them.
  [/tsch/g, "C"],
  [/szcz/g, "S"],
  [/shch/g, "S"],
  [/sch/g, "S"],
  [/tch/g, "C"],
  [/cz/g, "C"],
  [/sz/g, "S"],
  [/rz/g, "Z"],
];

/**
 * Latin orthographies where ch is the sound of Cyrillic х and c is ц (Polish, Czech, Slovak, Slovene, Croatian,
 * Bosnian, Serbian Latin; German ch). Applied to words written in Latin in these languages, never to romanized Cyrillic.
 */
export const SLAVIC_LATIN_LANGS: ReadonlySet<string> = new Set(["pl", "cs", "sk", "sl", "hr", "bs", "sr", "de"]);

export const SLAVIC_LATIN_FOLDS: readonly (readonly [RegExp, string])[] = [
  // Polish digraphs first, into the Czech letters they equal, so that the c and ch rules below cannot split them.
  [/szcz/g, "šč"],
  [/cz/g, "č"],
  [/sz/g, "š"],
  [/rz/g, "ž"],
  [/ch/g, "h"],
  [/c/g, "ts"],
];

/** Letters that mark a Latin word as Polish or Czech/Slovak when no language is given (ł, ř, ě, ů, …). */
export const SLAVIC_LATIN_LETTERS = /[łąęńśźżřěůťďňľĺŕ]/u;

/**
 * The Gaelic prefix Mc of a name written in Latin is Mak, whatever the orthography around it (McConnell,
 * Макконнелл; McDonald, Макдональд; a c after it too): no Slavic word starts so, so its c is never ts.
 */
export const LATIN_MC_PREFIX: readonly [RegExp, string] = [/^mcc?(?=[a-z])/, "mk"];

/**
 * A word-initial у before a vowel in Cyrillic is the English w (Уильям, William; Уолтер, Walter; Уэльс,
 * Wales), which Latin keys read as v; no Slavic word starts so. Only for romanized Cyrillic.
 */
export const CYRILLIC_INITIAL_W: readonly [RegExp, string] = [/^u(?=[aeio])/, "v"];

/**
 * A Latin g that Cyrillic writes dzh: a word-initial gi before a back vowel, the Italian soft g (Giuliani /
 * Джулиани, Giovanni / Джованни, Gianni / Джанни), and the English final dge (Cambridge / Кембридж). Not
 * before e or inside a word, where Slavic Latin spellings have a hard g (Georgi / Георги, Geoplin,
 * regionální), nor a final ge (Gjorge / Георге). Only for words written in Latin.
 */
export const LATIN_SOFT_G: readonly (readonly [RegExp, string])[] = [
  [/^gi(?=[aou])/, "dZ"],
  [/dge$/, "dZ"],
];

/** English silent h after a vowel before n (John, Johnson); only for words written in Latin. */
export const LATIN_SILENT_H: readonly [RegExp, string] = [/([aeiouy])h(?=n)/g, "$1"];

/** Ordered rewrites on the ASCII romanization after the digraphs and the orthography's own rules. */
export const KEY_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/ch/g, "C"],
  [/sh/g, "S"],
  [/zh/g, "Z"],
  // Bulgarian щ is sht, Czech šť, Polish szt: one unit with shch.
  [/St/g, "S"],
  // Serbian and Macedonian dj/dzh are one sound.
  [/dj/g, "dZ"],
  // English and other Latin digraphs.
  [/ck/g, "k"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/qu/g, "kv"],
  [/q/g, "k"],
  [/x/g, "ks"],
  [/w/g, "v"],
  // kh / gh / h / g: Ukrainian and Belarusian г is h, Russian and Bulgarian г is g, х is kh or h.
  [/kh/g, "h"],
  [/gh/g, "h"],
  [/g/g, "h"],
  // Latin c: s before front vowels, else k; ts / tz / c(Slavic) all fold to s.
  [/c(?=[eiy])/g, "s"],
  [/c/g, "k"],
  [/t[sz]/g, "s"],
  // Voicing of s between vowels is spelled both ways (Theresa / Тереза, José / Хосе): z and s are one unit.
  [/z/g, "s"],
  // Word-initial dzh is the English j (Джонсон / Johnson).
  [/^dZ/, "j"],
];

/** Vowel letters of the folded romanization: dropped from the key except for the first letter's class. */
export const KEY_VOWELS = "aeiouyj";

/** Class of a word-initial vowel: a/o (Олександр/Aleksandr), u, and e/i/y/j (Євген/Evgeny, Юлія/Julia). */
export const KEY_VOWEL_CLASSES: Readonly<Record<string, string>> = { a: "a", o: "a", u: "u", e: "i", i: "i", y: "i", j: "i" };
