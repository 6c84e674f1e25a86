// Known full names of people found where the recognizer missed them, by key, outside found spans.

import assert from "node:assert/strict";
import { test } from "node:test";
import { findKnownPeople } from "../../../src/entities/link/known-names.ts";
import { Lexicon } from "../../../src/entities/link/lexicon.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";

const LEXICON = new Lexicon({
  version: 1,
  entities: [
    { id: "cn:p", name: "Ostap Vyshnia", type: "PER", aliases: { uk: [["Остап Вишня", 3]] } },
    { id: "cn:g", name: "Taras Vovk", type: "PER", aliases: { en: [["Taras Vovk", 0.6]] } },
  ],
});

const CASES: { text: string; taken?: [number, number][]; expected: string[] }[] = [
  { text: "Ostap Vyshnya, a writer, said so.", expected: ["Ostap Vyshnya"] },
  { text: "They met Ostap Vyshnia.", taken: [[9, 22]], expected: [] },
  // Seen only in a gazetteer (weight below one mention): not enough.
  { text: "Taras Vovk came.", expected: [] },
  { text: "OSTAP VYSHNIA came.", expected: [] },
  { text: "Ostap\nVyshnia came.", expected: [] },
];

test("known-names: lexicon people the recognizer missed", () => {
  for (const c of CASES) {
    const taken = (c.taken ?? []).map(([start, end]) => ({ start, end }));
    const out = findKnownPeople(c.text, tokenize(c.text), taken, "en", LEXICON);
    assert.deepEqual(
      out.map((o) => o.surface),
      c.expected,
      c.text,
    );
  }
});
