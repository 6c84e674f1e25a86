// Plausibility of decoded Cyrillic words and the KOI8-U vs KOI8-R rule.

import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { detectCyrillic, hasKoi8uUkrainianLetters } from "../../src/read/cyrillic-charsets.ts";
import { cyrillicPlausibility, isPlausibleCyrillicWord } from "../../src/read/cyrillic-plausibility.ts";

test("cyrillic plausibility: word shapes", () => {
  const cases: [string, boolean][] = [
    ["столиця", true],
    ["Київ", true],
    ["ООН", true],
    ["п'ять", true],
    ["з", true],
    ["північно-західний", true],
    ["пРИВЕТ", false], // windows-1251 read as KOI8-R: the case flips
    ["ПРИвет", false],
    ["ьтак", false],
    ["╓╕╖", false], // KOI8-U letters read as KOI8-R
    ["cafй", false], // Latin text read as windows-1251
    ["крдпстрв", false], // no vowel
  ];
  for (const [word, expected] of cases) assert.equal(isPlausibleCyrillicWord(word), expected, word);
});

test("cyrillic plausibility: the right table scores higher than the wrong ones", () => {
  const text = "Міністр закордонних справ зустрівся з колегами і обговорив питання енергетики та торгівлі.";
  const bytes = iconv.encode(text, "windows-1251");
  const right = cyrillicPlausibility(iconv.decode(bytes, "windows-1251")).score;
  for (const wrong of ["koi8-r", "koi8-u", "iso-8859-5", "ibm866"]) {
    assert.ok(cyrillicPlausibility(iconv.decode(bytes, wrong)).score < right - 0.2, wrong);
  }
});

test("cyrillic charsets: KOI8-U only when Ukrainian letters sit inside words", () => {
  const cases: [string, string, string][] = [
    ["Їжак і ґанок біля річки в Україні, де є тиша.", "koi8-u", "koi8-u"],
    ["Новости дня: погода в Москве будет тёплой всю неделю.", "koi8-r", "koi8-r"],
    // Russian text in KOI8-U bytes is byte-identical to KOI8-R: reported as the more common KOI8-R.
    ["Правительство приняло новый закон о бюджете на следующий год.", "koi8-u", "koi8-r"],
  ];
  for (const [text, charset, expected] of cases) {
    const bytes = new Uint8Array(iconv.encode(text, charset));
    assert.equal(detectCyrillic(bytes)?.charset, expected, text);
    assert.equal(hasKoi8uUkrainianLetters(bytes), expected === "koi8-u", text);
  }
});

test("cyrillic charsets: Latin text is not Cyrillic", () => {
  const bytes = new Uint8Array(iconv.encode("Le conseil a voté un budget différent, à la surprise générale.", "windows-1252"));
  assert.equal(detectCyrillic(bytes), undefined);
});
