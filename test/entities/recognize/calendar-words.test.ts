// Days and months in English: a span that is only a weekday, or a month beside a number, is no name.

import assert from "node:assert/strict";
import { test } from "node:test";
import { dropCalendarWords } from "../../../src/entities/recognize/calendar-words.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; surface: string; type: TagType; kept: boolean; english?: boolean }[] = [
  { text: "The protest intensified late Saturday, police said.", surface: "Saturday", type: "MISC", kept: false },
  { text: "Wednesday was quiet.", surface: "Wednesday", type: "PER", kept: false },
  { text: "He was born in Lubbock, Texas, June 28, 1971.", surface: "June", type: "LOC", kept: false },
  { text: "It opened on 3 May 2020.", surface: "May", type: "PER", kept: false },
  { text: "Gas stopped in May to Finland.", surface: "May", type: "LOC", kept: false },
  // A month alone may be a name; longer names and other languages stay.
  { text: "May said the deal was done.", surface: "May", type: "PER", kept: true },
  { text: "It was led by May 's cabinet.", surface: "May", type: "PER", kept: true },
  { text: "The Sunday Times reported it.", surface: "Sunday Times", type: "ORG", kept: true },
  { text: "Na Saturday 5 nikt nie czekał.", surface: "Saturday", type: "MISC", kept: true, english: false },
];

test("calendar-words: English weekdays, and months beside a number, are no names", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const out = dropCalendarWords(tokens, [spanOf(c.text, tokens, c.surface, c.type)], c.english ?? true);
    assert.equal(out.length === 1, c.kept, c.text);
  }
});
