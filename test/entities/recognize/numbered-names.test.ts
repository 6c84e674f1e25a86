// Names opening with a short number: the number joins a one-word name right after it, as ORG.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { joinNumberedNames } from "../../../src/entities/recognize/numbered-names.ts";
import type { RecognizedSpan } from "../../../src/entities/recognize/recognize.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";

const CASES: { text: string; word: string; type: TagType; expected: [string, TagType] }[] = [
  { text: "Про це сказав 7 Каналу депутат.", word: "Каналу", type: "LOC", expected: ["7 Каналу", "ORG"] },
  { text: "Show on 2+2 Kino tonight.", word: "Kino", type: "MISC", expected: ["2+2 Kino", "ORG"] },
  { text: "Watch 9 News tonight.", word: "News", type: "PRO", expected: ["9 News", "PRO"] },
  // Years, people and names not right after the number stay as they are.
  { text: "In 2022 Ruritania voted.", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
  { text: "Він бачив 3 Петренка.", word: "Петренка", type: "PER", expected: ["Петренка", "PER"] },
  { text: "Rooms 7, Ruritania wing.", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
  { text: "It was 5. Ruritania won.", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
];

test("numbered-names: a short number before a one-word name joins it", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const i = tokens.findIndex((t) => t.surface === c.word);
    const t = tokens[i];
    assert.ok(t, c.text);
    const span: RecognizedSpan = {
      start: t.start,
      end: t.end,
      surface: t.surface,
      type: c.type,
      score: 0.9,
      tokenStart: i,
      tokenEnd: i + 1,
      source: "model",
    };
    const [out] = joinNumberedNames(c.text, tokens, [span]);
    assert.deepEqual([out?.surface, out?.type], c.expected, c.text);
  }
});
