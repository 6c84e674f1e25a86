// Names opening with a short number: the number joins a one-word name right after it, as ORG.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import { joinNumberedNames, joinVersionNumbers, retypeNumberedPlaces } from "../../../src/entities/recognize/numbered-names.ts";
import type { RecognizedSpan } from "../../../src/entities/recognize/recognize.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; word: string; type: TagType; expected: [string, TagType] }[] = [
  { text: "Про це сказав 7 Каналу депутат.", word: "Каналу", type: "LOC", expected: ["7 Каналу", "ORG"] },
  { text: "Show on 2+2 Kino tonight.", word: "Kino", type: "MISC", expected: ["2+2 Kino", "ORG"] },
  { text: "Watch 9 News tonight.", word: "News", type: "PRO", expected: ["9 News", "PRO"] },
  // Years, people and names not right after the number stay as they are.
  { text: "In 2022 Ruritania voted.", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
  { text: "Він бачив 3 Петренка.", word: "Петренка", type: "PER", expected: ["Петренка", "PER"] },
  { text: "Rooms 7, Ruritania wing.", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
  { text: "It was 5. Ruritania won.", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
  // A table flattened into text: the figure before a name ends a longer number or follows another.
  { text: "Dunmore 181 5601 1,086 Ruritania 68 1647", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
  { text: "Dunmore 12 5601 086 Ruritania 68 1647", word: "Ruritania", type: "LOC", expected: ["Ruritania", "LOC"] },
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

/** Spans over the given phrases of `text`, the second of two equal phrases over its second occurrence. */
function spansOver(text: string, words: [string, TagType][]) {
  const tokens = tokenize(text);
  const spans = words.map(([phrase, type], k) => {
    const nth = words.slice(0, k).filter(([p]) => p === phrase).length;
    return spanOf(text, tokens, phrase, type, 0.95, nth);
  });
  return { tokens, spans };
}

const VERSION_CASES: { text: string; words: [string, TagType][]; expected: [string, TagType][] }[] = [
  {
    // Written twice with its number, in two cases and with a dash: the number is part of the name, which is no place.
    text: "Газопровод Северный поток — 2 почти готов. Строители Северного потока 2 ждут.",
    words: [
      ["Северный поток", "LOC"],
      ["Северного потока", "LOC"],
    ],
    expected: [
      ["Северный поток — 2", "PRO"],
      ["Северного потока 2", "PRO"],
    ],
  },
  {
    // Written once with its number inside the span: not joined, nothing to join, but still no place.
    text: "Газопровод Северный поток-2 почти готов.",
    words: [["Северный поток-2", "LOC"]],
    expected: [["Северный поток-2", "PRO"]],
  },
  {
    // The same name without its number, in any case form, is the product too; another place stays.
    text: "Gradnja plinovoda Severni tok 2 zamuja. Severnega toka ne bo. Plin teče v Nemčijo.",
    words: [
      ["Severni tok 2", "LOC"],
      ["Severnega toka", "LOC"],
      ["Nemčijo", "LOC"],
    ],
    expected: [
      ["Severni tok 2", "PRO"],
      ["Severnega toka", "PRO"],
      ["Nemčijo", "LOC"],
    ],
  },
  {
    // A name of two words takes a number written once after it.
    text: "Plinovod Severni tok 2 je dokončan.",
    words: [["Severni tok", "PRO"]],
    expected: [["Severni tok 2", "PRO"]],
  },
  {
    // In a table of counts it does not.
    text: "Okužbe: Kranjska Gora 4 Nova Gorica 2 Ilirska Bistrica 6 in drugje.",
    words: [
      ["Kranjska Gora", "LOC"],
      ["Nova Gorica", "LOC"],
      ["Ilirska Bistrica", "LOC"],
    ],
    expected: [
      ["Kranjska Gora", "LOC"],
      ["Nova Gorica", "LOC"],
      ["Ilirska Bistrica", "LOC"],
    ],
  },
  {
    // A count after a place, once: it stays a count.
    text: "W Londynie 8 osób czeka. Anglia 3 razy wygrała.",
    words: [
      ["Londynie", "LOC"],
      ["Anglia", "LOC"],
    ],
    expected: [
      ["Londynie", "LOC"],
      ["Anglia", "LOC"],
    ],
  },
  {
    // Longer numbers and decimals are not versions; people are never joined.
    text: "Acme 2.5 rose. Acme 2,5 fell. Petrov 2 ran. Petrov 2 won.",
    words: [
      ["Acme", "ORG"],
      ["Acme", "ORG"],
      ["Petrov", "PER"],
      ["Petrov", "PER"],
    ],
    expected: [
      ["Acme", "ORG"],
      ["Acme", "ORG"],
      ["Petrov", "PER"],
      ["Petrov", "PER"],
    ],
  },
  {
    // Across a line break the number belongs to the next line.
    text: "Radio Zeta\n1 news. Radio Zeta\n1 more.",
    words: [
      ["Radio Zeta", "ORG"],
      ["Radio Zeta", "ORG"],
    ],
    expected: [
      ["Radio Zeta", "ORG"],
      ["Radio Zeta", "ORG"],
    ],
  },
];

test("numbered-names: a one-digit number the document writes twice after a name joins it, and the name is no place", () => {
  for (const c of VERSION_CASES) {
    const { tokens, spans } = spansOver(c.text, c.words);
    const out = retypeNumberedPlaces(joinVersionNumbers(c.text, tokens, spans));
    assert.deepEqual(
      out.map((s) => [s.surface, s.type]),
      c.expected,
      c.text,
    );
    for (const s of out) assert.equal(c.text.slice(s.start, s.end), s.surface, c.text);
  }
});
