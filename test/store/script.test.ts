// scriptOf: the ISO 15924 script of a name.

import assert from "node:assert/strict";
import { test } from "node:test";
import { scriptOf } from "../../src/store/script.ts";

const CASES: [string, string][] = [
  ["Путін", "Cyrl"],
  ["Lukashenka", "Latn"],
  ["Αθήνα", "Grek"],
  ["24 Канал", "Cyrl"],
  ["iPhone 15", "Latn"],
  ["1991", "Zyyy"],
  ["", "Zyyy"],
  ["Київщина (Kyiv)", "Cyrl"],
];

for (const [input, want] of CASES) {
  test(`scriptOf: ${JSON.stringify(input)} is ${want}`, () => assert.equal(scriptOf(input), want));
}
