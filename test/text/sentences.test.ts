// Tests for src/text/sentences.ts: abbreviations, initials, year abbreviations, quotes and dashes, headlines.

import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../src/text/stage.ts";

const CASES: readonly { name: string; lang: string; text: string; want: string[] }[] = [
  {
    name: "initial before a surname",
    lang: "uk",
    text: "Прем'єрка Т. Мей прибула до Брюсселя. Зустріч тривала годину.",
    want: ["Прем'єрка Т. Мей прибула до Брюсселя.", "Зустріч тривала годину."],
  },
  {
    name: "quote closed by a dash and a lowercase verb",
    lang: "ru",
    text: "«Мы не уйдём!» — сказал он. Потом уехал.",
    want: ["«Мы не уйдём!» — сказал он.", "Потом уехал."],
  },
  {
    name: "year abbreviation г. in Russian",
    lang: "ru",
    text: "В 2023 г. Москва приняла закон. Его отменили.",
    want: ["В 2023 г. Москва приняла закон.", "Его отменили."],
  },
  {
    name: "year abbreviation г. in Bulgarian and a decimal number",
    lang: "bg",
    text: "През 2022 г. цените са се вдигнали с 3.5 процента. Това е рекорд.",
    want: ["През 2022 г. цените са се вдигнали с 3.5 процента.", "Това е рекорд."],
  },
  {
    name: "Ukrainian р. after a year",
    lang: "uk",
    text: "У 2021 р. Київ змінив правила. Тепер вони інші.",
    want: ["У 2021 р. Київ змінив правила.", "Тепер вони інші."],
  },
  {
    name: "English titles and initials",
    lang: "en",
    text: "Mr. Smith met Dr. J. Doe in Washington. They talked for an hour.",
    want: ["Mr. Smith met Dr. J. Doe in Washington.", "They talked for an hour."],
  },
  {
    name: "etc. ends a sentence before a capital",
    lang: "en",
    text: "They sold apples, pears etc. Then they left.",
    want: ["They sold apples, pears etc.", "Then they left."],
  },
  {
    name: "closing quote stays with its sentence",
    lang: "uk",
    text: "Він сказав: «Ми готові». Після цього пішов.",
    want: ["Він сказав: «Ми готові».", "Після цього пішов."],
  },
  {
    name: "blank line and headline without a full stop",
    lang: "bg",
    text: "Заглавие без точка\n\nПървото изречение. Второто изречение!",
    want: ["Заглавие без точка", "Първото изречение.", "Второто изречение!"],
  },
  { name: "empty", lang: "uk", text: "", want: [] },
  { name: "only punctuation", lang: "und", text: "... !!! ???", want: ["...", "!!!", "???"] },
];

for (const c of CASES) {
  test(`sentences: ${c.name}`, () => {
    const layer = analyzeText(c.text, c.lang);
    assert.deepEqual(
      layer.sentences.map((s) => c.text.slice(s.start, s.end)),
      c.want,
    );
    // Every token in exactly one sentence, in order.
    let next = 0;
    for (const s of layer.sentences) {
      assert.equal(s.tokenStart, next);
      next = s.tokenEnd;
    }
    assert.equal(next, layer.tokens.length);
  });
}
