// Tests for src/text/stem.ts and stem-bg.ts: the Bulgarian stemmer never throws, inflected forms meet.

import assert from "node:assert/strict";
import { test } from "node:test";
import { stemWord } from "../../src/text/stem.ts";
import { stemBulgarian } from "../../src/text/stem-bg.ts";

/** Words that made @orama/stemmers' Bulgarian port throw (it writes into a JS string). */
const THROWERS = ["паркър", "прогнозите", "прогнози", "изпълнена", "сътресения", "градове", "учители"];

for (const w of THROWERS) test(`stem: bg ${w} does not throw`, () => assert.ok(stemBulgarian(w).length > 0));

const SAME_STEM: readonly [string, string[]][] = [
  ["bg", ["министърът", "министъра", "министри"]],
  ["bg", ["градът", "града", "градове"]],
  ["uk", ["переговори", "переговорів", "переговорах"]],
  ["ru", ["переговоры", "переговоров", "переговорах"]],
  ["pl", ["wyborach", "wybory", "wyborów"]],
  ["cs", ["volbách", "volby", "volbami"]],
  ["en", ["elections", "election"]],
];

for (const [lang, words] of SAME_STEM) {
  test(`stem: ${lang} ${words.join(" = ")}`, () => {
    const stems = words.map((w) => stemWord(w, lang));
    assert.equal(new Set(stems).size, 1, stems.join(" "));
  });
}

test("stem: unknown language and short words are their own stem", () => {
  assert.equal(stemWord("xyzzy", "zz"), "xyzzy");
  assert.equal(stemWord("на", "bg"), "на");
});
