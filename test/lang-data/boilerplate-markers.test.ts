// Boilerplate marker data of every language: lowercase, and each marker recognized by the predicates
// of src/extract/text/markers.ts when it stands as a line (capitalized, with a colon or a count).

import assert from "node:assert/strict";
import { test } from "node:test";
import { isBylineStart, isSectionEndLabel, photoCreditStart, readAlsoLabelLength } from "../../src/extract/text/markers.ts";
import * as be from "../../src/lang-data/be/boilerplate-markers.ts";
import * as bg from "../../src/lang-data/bg/boilerplate-markers.ts";
import * as cs from "../../src/lang-data/cs/boilerplate-markers.ts";
import * as de from "../../src/lang-data/de/boilerplate-markers.ts";
import * as en from "../../src/lang-data/en/boilerplate-markers.ts";
import * as es from "../../src/lang-data/es/boilerplate-markers.ts";
import * as fr from "../../src/lang-data/fr/boilerplate-markers.ts";
import * as pl from "../../src/lang-data/pl/boilerplate-markers.ts";
import * as ru from "../../src/lang-data/ru/boilerplate-markers.ts";
import * as uk from "../../src/lang-data/uk/boilerplate-markers.ts";

const LANGS = { uk, ru, bg, be, en, de, fr, es, pl, cs };
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

for (const [code, m] of Object.entries(LANGS)) {
  test(`lang-data ${code} boilerplate markers: lowercase and recognized`, () => {
    const all = [...m.READ_ALSO_MARKERS, ...m.SECTION_END_MARKERS, ...m.PHOTO_CREDIT_MARKERS, ...m.AUTHOR_CUES, ...m.AUTHOR_JOINERS];
    for (const w of all) assert.equal(w, w.toLowerCase(), `${code}: ${w}`);
    for (const w of m.SECTION_END_MARKERS) {
      assert.ok(isSectionEndLabel(`${cap(w)}:`), `${code} section end: ${w}:`);
      assert.ok(isSectionEndLabel(`${cap(w)} (4)`), `${code} section end: ${w} (4)`);
      assert.ok(!isSectionEndLabel(`${cap(w)} is what we talked about for an hour yesterday`), `${code} sentence: ${w}`);
    }
    for (const w of m.READ_ALSO_MARKERS)
      assert.ok(readAlsoLabelLength(`${cap(w)}: Headline Of Another Story`) >= w.length, `${code} read also: ${w}`);
    for (const w of m.PHOTO_CREDIT_MARKERS) assert.ok(photoCreditStart(`A caption, ${cap(w)}: Agency`) > 0, `${code} credit: ${w}`);
    for (const w of m.AUTHOR_CUES) assert.ok(isBylineStart(`${cap(w)} Anna Berg`), `${code} byline: ${w}`);
  });
}
