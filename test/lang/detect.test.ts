// Tests for src/lang/detect.ts: hand-written sentences per language, the Cyrillic look-alike languages,
// mixed paragraphs, hints as priors, and bad input that must get a defined answer.

import assert from "node:assert/strict";
import { test } from "node:test";
import { detectArticleLanguage, detectLanguage, normalizeLangHint } from "../../src/lang/detect.ts";

const CASES: readonly { text: string; want: string }[] = [
  { text: "Уряд ухвалив рішення про підтримку громад, які постраждали від обстрілів.", want: "uk" },
  { text: "Правительство приняло решение о поддержке регионов, пострадавших от наводнения.", want: "ru" },
  { text: "Правителството прие решение за подкрепа на общините, които пострадаха от наводненията.", want: "bg" },
  { text: "Урад прыняў рашэнне аб падтрымцы вёсак, якія пацярпелі ад паводкі.", want: "be" },
  { text: "Влада је донела одлуку о помоћи општинама које су пострадале у поплавама.", want: "sr" },
  { text: "Владата ќе донесе одлука за поддршка на општините што беа погодени од поплавите.", want: "mk" },
  { text: "Үкімет су тасқынынан зардап шеккен ауылдарға көмек көрсету туралы шешім қабылдады.", want: "kk" },
  { text: "The government approved support for the towns hit by the floods last week.", want: "en" },
  { text: "Die Regierung hat Hilfe für die von der Flut betroffenen Gemeinden beschlossen.", want: "de" },
  { text: "Le gouvernement a approuvé une aide pour les communes touchées par les inondations.", want: "fr" },
  { text: "El gobierno aprobó ayudas para los municipios afectados por las inundaciones.", want: "es" },
  { text: "Rząd zatwierdził pomoc dla gmin, które ucierpiały w wyniku powodzi.", want: "pl" },
  { text: "Vláda schválila pomoc pro obce, které postihly povodně, a přidala další peníze.", want: "cs" },
  { text: "Vláda schválila pomoc pre obce, ktoré postihli povodne, a pridala ďalšie peniaze.", want: "sk" },
  { text: "Vlada je odobrila pomoč občinam, ki so jih prizadele poplave.", want: "sl" },
  { text: "Vlada je odobrila pomoć općinama koje su pogodile poplave.", want: "hr" },
  { text: "Η κυβέρνηση ενέκρινε βοήθεια για τους δήμους που επλήγησαν από τις πλημμύρες.", want: "el" },
  { text: "政府は洪水の被害を受けた自治体への支援を承認した。", want: "ja" },
];

for (const c of CASES) {
  test(`detect: ${c.want} ← ${c.text.slice(0, 40)}`, () => {
    const got = detectLanguage(c.text);
    assert.equal(got.code, c.want, JSON.stringify(got.ranked.slice(0, 3)));
    assert.ok(got.confidence > 0.5 && got.confidence <= 1, String(got.confidence));
  });
}

const BAD_INPUT: readonly { name: string; text: string }[] = [
  { name: "empty", text: "" },
  { name: "spaces", text: "   \n\n  " },
  { name: "no letters", text: "12:45 — 3.5% (+0.2) … №7 ★★★" },
  { name: "a megabyte of one character", text: "ы".repeat(1 << 20) },
  { name: "lone surrogates", text: "\ud800\udfff\ud800 \udc00" },
];

for (const c of BAD_INPUT) {
  test(`detect: bad input (${c.name}) gets a defined answer`, () => {
    const got = detectLanguage(c.text);
    assert.equal(typeof got.code, "string");
    assert.ok(got.confidence >= 0 && got.confidence <= 1);
    const article = detectArticleLanguage(c.text);
    assert.ok(Array.isArray(article.spans));
    assert.equal(got.code, "und");
  });
}

test("detect: mixed scripts in one text pick the dominant script's language", () => {
  assert.equal(detectLanguage("Президент Emmanuel Macron заявив, що Франція підтримає Україну у переговорах.").code, "uk");
});

test("detect: a paragraph in another language becomes a span, offsets into the text", () => {
  const uk = "Президент заявив, що переговори тривають і будуть продовжені наступного тижня у Києві.";
  const ru = "«Мы не собираемся отступать от своих позиций ни при каких условиях», — сказал он журналистам.";
  const text = `${uk}\n\n${ru}\n\n${uk}`;
  const got = detectArticleLanguage(text);
  assert.equal(got.code, "uk");
  assert.equal(got.spans.length, 1);
  assert.equal(got.spans[0].code, "ru");
  assert.equal(text.slice(got.spans[0].start, got.spans[0].end), ru);
});

test("detect: the page's hint is a prior, not the answer", () => {
  assert.equal(detectLanguage("Правительство приняло решение о поддержке регионов.", { hint: "uk" }).code, "ru");
  // One word shared by Ukrainian, Bulgarian and Russian: the hint decides.
  for (const hint of ["uk", "bg", "ru"]) assert.equal(detectLanguage("Президент", { hint }).code, hint);
});

test("detect: windows-1251 read as Latin-1 is read back", () => {
  const latin1 = mojibakeOf("Правительство приняло решение о поддержке регионов");
  const got = detectLanguage(latin1);
  assert.equal(got.code, "ru");
  assert.equal(got.mojibake, true);
});

/** cp1251 bytes of `s` shown as Latin-1 characters. */
function mojibakeOf(s: string): string {
  const table = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя";
  return Array.from(s, (c) => {
    const i = table.indexOf(c);
    return i >= 0 ? String.fromCharCode(0xc0 + i) : c;
  }).join("");
}

test("detect: normalizeLangHint takes the primary subtag and known aliases", () => {
  assert.equal(normalizeLangHint("uk-UA"), "uk");
  assert.equal(normalizeLangHint("ua"), "uk");
  assert.equal(normalizeLangHint("rus"), "ru");
  assert.equal(normalizeLangHint("x-klingon"), undefined);
  assert.equal(normalizeLangHint(undefined), undefined);
});

const LATIN_WITHOUT_CLOSE_LISTS: readonly { text: string; want: string }[] = [
  { text: "El govern ha aprovat una ajuda per als municipis afectats per les inundacions de la setmana passada.", want: "ca" },
  { text: "Valitsus kiitis heaks abi omavalitsustele, mida mõjutasid eelmise nädala üleujutused.", want: "et" },
  { text: "Valdība apstiprināja palīdzību pašvaldībām, kuras skāra pagājušās nedēļas plūdi.", want: "lv" },
  { text: "Vyriausybė patvirtino pagalbą savivaldybėms, kurias paveikė praėjusios savaitės potvyniai.", want: "lt" },
  { text: "Kerajaan telah meluluskan bantuan kepada majlis daerah yang terjejas akibat banjir minggu lalu.", want: "ms" },
];

for (const c of LATIN_WITHOUT_CLOSE_LISTS) {
  test(`detect: ${c.want} long text is not taken for a neighbour with more function words`, () => {
    const long = Array.from({ length: 12 }, () => c.text).join(" ");
    assert.equal(detectLanguage(long).code, c.want);
    assert.equal(detectLanguage(c.text).code, c.want);
  });
}
