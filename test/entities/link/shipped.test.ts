// The shipped lexicon and base-form rules (resources/lexicon/): the examples of issue 5.

import assert from "node:assert/strict";
import { test } from "node:test";
import { lemmatize, linkMentions } from "../../../src/entities/link/index.ts";
import type { EntityType } from "../../../src/model/doc.ts";

const LEMMAS: { surface: string; type: EntityType; lang: string; expected: string }[] = [
  { surface: "Путіним", type: "PER", lang: "uk", expected: "Путін" },
  { surface: "Білоруссю", type: "LOC", lang: "uk", expected: "Білорусь" },
  { surface: "Европейския съюз", type: "ORG", lang: "bg", expected: "Европейски съюз" },
  { surface: "Володимира Путіна", type: "PER", lang: "uk", expected: "Володимир Путін" },
  { surface: "НАТО", type: "ORG", lang: "bg", expected: "НАТО" },
  // A first name in its base form puts the whole name in it: a surname that does not decline stays.
  { surface: "Майя Санду", type: "PER", lang: "ru", expected: "Майя Санду" },
  { surface: "Олафа Шольца", type: "PER", lang: "ru", expected: "Олаф Шольц" },
  // Belarusian, from the hand-written endings alone (src/lang-data/be/name-declension.ts).
  { surface: "Мінску", type: "LOC", lang: "be", expected: "Мінск" },
  { surface: "Расіяй", type: "LOC", lang: "be", expected: "Расія" },
  { surface: "Кіеве", type: "LOC", lang: "be", expected: "Кіеў" },
  { surface: "Беларусі", type: "LOC", lang: "be", expected: "Беларусь" },
  { surface: "Лукашэнкі", type: "PER", lang: "be", expected: "Лукашэнка" },
  { surface: "Лукашэнка", type: "PER", lang: "be", expected: "Лукашэнка" },
  { surface: "Масква", type: "LOC", lang: "be", expected: "Масква" },
  { surface: "Уладзімірам Пуціным", type: "PER", lang: "be", expected: "Уладзімір Пуцін" },
];

test("shipped: base forms", () => {
  for (const c of LEMMAS) assert.equal(lemmatize(c.surface, c.type, c.lang), c.expected, c.surface);
});

function link(lang: string, names: [string, EntityType][]): string[] {
  const inputs = names.map(([surface, type], i) => ({ surface, type, lemma: lemmatize(surface, type, lang), start: i, end: i + 1 }));
  return linkMentions(inputs, lang).map((o) => o.id);
}

test("shipped: one id across languages and scripts", () => {
  const uk = link("uk", [
    ["Олександр Лукашенко", "PER"],
    ["Путіну", "PER"],
  ]);
  const bg = link("bg", [
    ["Александър Лукашенко", "PER"],
    ["Путин", "PER"],
  ]);
  const en = link("en", [
    ["Alexander Lukashenko", "PER"],
    ["Putin", "PER"],
  ]);
  assert.deepEqual(uk, bg);
  assert.deepEqual(bg, en);
  assert.ok(uk[0].startsWith("cn:"));
});

test("shipped: Belarusian names meet their neighbours' (base forms, and ц/дз for soft т/д in the key)", () => {
  const be = link("be", [
    ["Лукашэнкам", "PER"],
    ["Пуціна", "PER"],
    ["Расіяй", "LOC"],
    ["Кіеве", "LOC"],
  ]);
  const ru = link("ru", [
    ["Лукашенко", "PER"],
    ["Путина", "PER"],
    ["России", "LOC"],
    ["Киеве", "LOC"],
  ]);
  assert.deepEqual(be, ru);
  for (const id of be) assert.ok(id.startsWith("cn:"), id);
});

test("shipped: a full name one first-name letter off a known person's is that person; another first name is not", () => {
  const [putin] = link("ru", [["Владимир Путин", "PER"]]);
  assert.deepEqual(link("be", [["Уладзімір Пуцін", "PER"]]), [putin]);
  assert.notDeepEqual(link("ru", [["Игорь Путин", "PER"]]), [putin]);
});

test("shipped: a person whose id the annotators spelled two ways is one entity (Peskov, Pieskow)", () => {
  const [ru] = link("ru", [["Дмитрий Песков", "PER"]]);
  assert.deepEqual(link("uk", [["Дмитро Пєсков", "PER"]]), [ru]);
  assert.deepEqual(link("pl", [["Dmitrij Pieskow", "PER"]]), [ru]);
  assert.ok(ru?.startsWith("cn:"), ru);
});
