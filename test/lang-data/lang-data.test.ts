// Consistency of the language data the lang and text layers read: translit tables, alphabets, stop words,
// abbreviations, stem suffixes (lowercase, no duplicates, letters where the alphabet says).

import assert from "node:assert/strict";
import { test } from "node:test";
import { CYRILLIC_LETTER_FREQUENCIES, STOP_WORDS_BY_LANG } from "../../src/lang/profiles.ts";
import { ALPHABET as BE_ALPHABET, UNIQUE_LETTERS as BE_UNIQUE } from "../../src/lang-data/be/alphabet.ts";
import { ALPHABET as KK_ALPHABET, UNIQUE_LETTERS as KK_UNIQUE } from "../../src/lang-data/kk/alphabet.ts";
import { ALPHABET as MK_ALPHABET, UNIQUE_LETTERS as MK_UNIQUE } from "../../src/lang-data/mk/alphabet.ts";
import { ALPHABET as RU_ALPHABET } from "../../src/lang-data/ru/alphabet.ts";
import { ALPHABET as SR_ALPHABET, UNIQUE_LETTERS as SR_UNIQUE } from "../../src/lang-data/sr/alphabet.ts";
import { ALPHABET as UK_ALPHABET, UNIQUE_LETTERS as UK_UNIQUE } from "../../src/lang-data/uk/alphabet.ts";
import { LIGHT_STEM_SUFFIXES } from "../../src/text/stem-light.ts";
import { TRANSLIT_TABLES } from "../../src/text/translit.ts";

const ALPHABETS: Record<string, string> = {
  uk: UK_ALPHABET,
  ru: RU_ALPHABET,
  be: BE_ALPHABET,
  sr: SR_ALPHABET,
  mk: MK_ALPHABET,
  kk: KK_ALPHABET,
};
const UNIQUE: Record<string, string> = { uk: UK_UNIQUE, be: BE_UNIQUE, sr: SR_UNIQUE, mk: MK_UNIQUE, kk: KK_UNIQUE };

for (const [lang, table] of Object.entries(TRANSLIT_TABLES)) {
  test(`lang-data: ${lang} translit table covers its alphabet with lowercase keys`, () => {
    for (const key of Object.keys(table.letters)) assert.equal(key, key.toLowerCase(), key);
    const alphabet = ALPHABETS[lang];
    if (alphabet) for (const c of alphabet) if (c !== "'") assert.ok(c in table.letters, `${lang} lacks ${c}`);
  });
}

for (const [lang, unique] of Object.entries(UNIQUE)) {
  test(`lang-data: ${lang} unique letters are in its alphabet and in no other`, () => {
    for (const c of unique) {
      assert.ok(ALPHABETS[lang].includes(c), `${c} not in ${lang}`);
      for (const [other, alphabet] of Object.entries(ALPHABETS))
        if (other !== lang) assert.ok(!alphabet.includes(c), `${c} also in ${other}`);
    }
  });
}

for (const [lang, freq] of Object.entries(CYRILLIC_LETTER_FREQUENCIES)) {
  test(`lang-data: ${lang} letter frequencies are letters of its alphabet, per mille`, () => {
    const alphabet = ALPHABETS[lang] ?? "абвгдежзийклмнопрстуфхцчшщъьюя";
    for (const [c, f] of Object.entries(freq)) {
      assert.ok(alphabet.includes(c), `${c} not in ${lang}`);
      assert.ok(f > 0 && f < 200, `${c}: ${f}`);
    }
  });
}

for (const [lang, words] of Object.entries(STOP_WORDS_BY_LANG)) {
  test(`lang-data: ${lang} stop words are lowercase and unique`, () => {
    assert.ok(words.length >= 20, `${words.length}`);
    assert.equal(new Set(words).size, words.length);
    for (const w of words) assert.equal(w, w.toLowerCase().normalize("NFC"), w);
  });
}

for (const [lang, suffixes] of Object.entries(LIGHT_STEM_SUFFIXES)) {
  test(`lang-data: ${lang} stem suffixes are lowercase and non-empty`, () => {
    for (const s of suffixes) assert.ok(s.length > 0 && s === s.toLowerCase(), s);
  });
}
