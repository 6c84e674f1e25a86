// Month data of every language: each language names all twelve months, keys are lowercase, and no name
// means two different months across languages (the merged lookup relies on it).

import assert from "node:assert/strict";
import { test } from "node:test";
import { DATE_LANGUAGES, MONTH_BY_NAME } from "../../src/extract/date/date-language.ts";

const cases = Object.entries(DATE_LANGUAGES);

for (const [code, lang] of cases) {
  test(`lang-data ${code} months: all twelve, lowercase`, () => {
    const months = new Set(Object.values(lang.months));
    assert.deepEqual(
      [...months].sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    for (const name of Object.keys(lang.months)) assert.equal(name, name.toLowerCase(), `${code}: ${name}`);
  });
  test(`lang-data ${code} months: agree with the merged lookup`, () => {
    for (const [name, month] of Object.entries(lang.months)) assert.equal(MONTH_BY_NAME.get(name), month, `${code}: ${name}`);
  });
  test(`lang-data ${code} relative days: offsets are today or earlier`, () => {
    for (const [word, offset] of Object.entries(lang.relativeDays)) assert.ok(offset <= 0 && offset >= -2, `${code}: ${word}`);
  });
}
