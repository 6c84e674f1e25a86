// Two names side by side read as one span: split where the document shows the first standing alone as another type.

import assert from "node:assert/strict";
import { test } from "node:test";
import { splitJoinedNames } from "../../../src/entities/recognize/joined-names.ts";
import { ENTITY_TAG_TYPES, type TagType } from "../../../src/entities/recognize/labels.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; spans: [string, TagType, number?][]; expected: [string, TagType][] }[] = [
  {
    // The event stands alone elsewhere: the person's span loses it.
    text: "Преговорите за Брекзит продължават. Министърът за Брекзит Ранко Добрев каза, че Брекзит ще стане.",
    spans: [
      ["Брекзит", "EVT"],
      ["Брекзит Ранко Добрев", "PER"],
      ["Брекзит", "EVT", 2],
    ],
    expected: [
      ["Брекзит", "EVT"],
      ["Брекзит", "EVT"],
      ["Ранко Добрев", "PER"],
      ["Брекзит", "EVT"],
    ],
  },
  {
    text: "Flyair cut routes. The Flyair chief Mara Quint said Flyair would recover.",
    spans: [
      ["Flyair", "ORG"],
      ["Flyair chief Mara Quint", "PER"],
      ["Flyair", "ORG", 2],
    ],
    expected: [
      ["Flyair", "ORG"],
      ["Flyair", "ORG"],
      ["chief Mara Quint", "PER"],
      ["Flyair", "ORG"],
    ],
  },
  {
    // A place before a person's full name that the document writes alone: two names, whatever the span's type.
    text: "The President of Ruritania Olga Berez arrived. Olga Berez met students. Ruritania signed.",
    spans: [
      ["Ruritania Olga Berez", "LOC"],
      ["Olga Berez", "PER", 1],
      ["Ruritania", "LOC", 1],
    ],
    expected: [
      ["Ruritania", "LOC"],
      ["Olga Berez", "PER"],
      ["Olga Berez", "PER"],
      ["Ruritania", "LOC"],
    ],
  },
  {
    // A first name that is also a place's name stays in the person's name.
    text: "Asia Bibi left. Asia is large. Asia Bibi flew to Canada.",
    spans: [
      ["Asia Bibi", "PER"],
      ["Asia", "LOC", 1],
      ["Asia Bibi", "PER", 1],
    ],
    expected: [
      ["Asia Bibi", "PER"],
      ["Asia", "LOC"],
      ["Asia Bibi", "PER"],
    ],
  },
  {
    // Nothing in the document stands alone: the span is left whole; a hyphen is no seam.
    text: "Ранко Добрев-Брекзит говори. Брекзит е тема.",
    spans: [
      ["Ранко Добрев-Брекзит", "PER"],
      ["Брекзит", "EVT", 1],
    ],
    expected: [
      ["Ранко Добрев-Брекзит", "PER"],
      ["Брекзит", "EVT"],
    ],
  },
  {
    // Names of other types are not split: "Nord Stream AG" is one company.
    text: "Nord Stream is a pipe. Nord Stream AG built it.",
    spans: [
      ["Nord Stream", "PRO"],
      ["Nord Stream AG", "ORG"],
    ],
    expected: [
      ["Nord Stream", "PRO"],
      ["Nord Stream AG", "ORG"],
    ],
  },
];

test("joined-names: a person's span split off a name that stands alone elsewhere as another type", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const spans = c.spans.map(([surface, type, nth]) => spanOf(c.text, tokens, surface, type, 0.9, nth ?? 0));
    const out = splitJoinedNames(c.text, tokens, spans);
    assert.deepEqual(
      out.map((s) => [s.surface, s.type]),
      c.expected,
      c.text,
    );
    for (const s of out) assert.equal(c.text.slice(s.start, s.end), s.surface, c.text);
  }
});

test("joined-names: a long person's span opening with a word listed only as a place loses it", () => {
  const bit = (t: TagType) => 1 << ENTITY_TAG_TYPES.indexOf(t);
  const cases: { text: string; span: string; listed: [string, number][]; expected: [string, TagType][] }[] = [
    {
      text: "Убит е губернаторът на Пенджаба Салман Тасир.",
      span: "Пенджаба Салман Тасир",
      listed: [["Пенджаба", bit("LOC")]],
      expected: [
        ["Пенджаба", "LOC"],
        ["Салман Тасир", "PER"],
      ],
    },
    // A word listed as a person too may be a first name; two-word spans are left to the document rule.
    {
      text: "Говори Виктория Нуланд Смит.",
      span: "Виктория Нуланд Смит",
      listed: [["Виктория", bit("LOC") | bit("PER")]],
      expected: [["Виктория Нуланд Смит", "PER"]],
    },
    { text: "Asia Bibi left.", span: "Asia Bibi", listed: [["Asia", bit("LOC")]], expected: [["Asia Bibi", "PER"]] },
  ];
  for (const c of cases) {
    const tokens = tokenize(c.text);
    const gaz = new Uint8Array(tokens.length);
    for (const [word, bits] of c.listed) gaz[tokens.findIndex((t) => t.surface === word)] = bits;
    const out = splitJoinedNames(c.text, tokens, [spanOf(c.text, tokens, c.span, "PER")], gaz);
    assert.deepEqual(
      out.map((s) => [s.surface, s.type]),
      c.expected,
      c.text,
    );
  }
});
