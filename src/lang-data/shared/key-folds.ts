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

/**
 * Ordered rewrites on the ASCII romanization. Upper-case C, S, Z stand for the units ch, sh, zh so that later
 * rules cannot split them. Order matters: longer spellings first.
 */
export const KEY_FOLDS: readonly (readonly [RegExp, string])[] = [
  // German, Polish and Czech spellings of ch / sh / zh / shch.
  [/tsch/g, "C"],
  [/szcz/g, "S"],
  [/shch/g, "S"],
  [/sch/g, "S"],
  [/tch/g, "C"],
  [/cz/g, "C"],
  [/sz/g, "S"],
  [/rz/g, "Z"],
  [/ch/g, "C"],
  [/sh/g, "S"],
  [/zh/g, "Z"],
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
  // A silent h after a vowel (John, Sarah, Bohdan/Bogdan alike).
  [/([aeiouy])h(?![aeiouy])/g, "$1"],
  // Word-initial dzh is the English j (Джонсон / Johnson).
  [/^dZ/, "j"],
];

/** Vowel letters of the folded romanization: dropped from the key except for the first letter's class. */
export const KEY_VOWELS = "aeiouyj";

/** Class of a word-initial vowel: a/o (Олександр/Aleksandr), u, and e/i/y/j (Євген/Evgeny, Юлія/Julia). */
export const KEY_VOWEL_CLASSES: Readonly<Record<string, string>> = { a: "a", o: "a", u: "u", e: "i", i: "i", y: "i", j: "i" };
