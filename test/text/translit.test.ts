// Tests for src/text/translit.ts: each language's official romanization, case kept, unknown language guessed by letters.

import assert from "node:assert/strict";
import { test } from "node:test";
import { guessTranslitLang, transliterate } from "../../src/text/translit.ts";

const CASES: readonly { input: string; lang?: string; want: string }[] = [
  // Ukrainian national 2010: initial vs medial є ї й ю я, зг → zgh, soft sign and apostrophe dropped.
  { input: "Київ", lang: "uk", want: "Kyiv" },
  { input: "Згорани", lang: "uk", want: "Zghorany" },
  { input: "Єнакієве", lang: "uk", want: "Yenakiieve" },
  { input: "Юрій Яремчук", lang: "uk", want: "Yurii Yaremchuk" },
  { input: "Гостомель", lang: "uk", want: "Hostomel" },
  { input: "Знам’янка", lang: "uk", want: "Znamianka" },
  { input: "Щастя", lang: "uk", want: "Shchastia" },
  { input: "КИЇВ", lang: "uk", want: "KYIV" },
  // Russian BGN/PCGN: е → ye initially and after vowels and signs; ъ ь dropped.
  { input: "Елена", lang: "ru", want: "Yelena" },
  { input: "Киев", lang: "ru", want: "Kiyev" },
  { input: "Подъездов", lang: "ru", want: "Podyezdov" },
  { input: "Хабаровск", lang: "ru", want: "Khabarovsk" },
  // Bulgarian Streamlined: щ → sht, ъ → a, final ия → ia.
  { input: "София", lang: "bg", want: "Sofia" },
  { input: "Търново", lang: "bg", want: "Tarnovo" },
  { input: "Щастие", lang: "bg", want: "Shtastie" },
  { input: "Христо Ботев", lang: "bg", want: "Hristo Botev" },
  // Belarusian BGN/PCGN: г → h, ў → w, е → ye.
  { input: "Лукашэнка", lang: "be", want: "Lukashenka" },
  { input: "Магілёў", lang: "be", want: "Mahilyow" },
  // Serbian Latin and Macedonian.
  { input: "Вучић", lang: "sr", want: "Vučić" },
  { input: "Љубљана", lang: "sr", want: "Ljubljana" },
  { input: "Ѓорче Петров", lang: "mk", want: "Gjorche Petrov" },
  { input: "Скопје", lang: "mk", want: "Skopje" },
  // No language given: the word's own letters choose the table; Latin text is kept.
  { input: "Київ і Мінск", want: "Kyiv i Minsk" },
  { input: "Kyiv, 2024!", want: "Kyiv, 2024!" },
  { input: "", want: "" },
];

for (const c of CASES) {
  test(`translit: ${c.input || "(empty)"} [${c.lang ?? "?"}] → ${c.want}`, () => {
    assert.equal(transliterate(c.input, c.lang), c.want);
  });
}

test("translit: guessTranslitLang picks the table from unique letters", () => {
  assert.equal(guessTranslitLang("Їжак"), "uk");
  assert.equal(guessTranslitLang("Гомельская"), "ru");
  assert.equal(guessTranslitLang("ўсё"), "be");
  assert.equal(guessTranslitLang("Ђорђе"), "sr");
  assert.equal(guessTranslitLang("ќе"), "mk");
  assert.equal(guessTranslitLang("България"), "bg");
});

test("translit: Kazakh letters get the Kazakh table", () => {
  assert.equal(transliterate("Тоқаев", "kk"), "Toqaev");
  assert.equal(guessTranslitLang("Қазақстан"), "kk");
});
