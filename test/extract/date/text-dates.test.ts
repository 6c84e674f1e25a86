// Dates written in text, in every language with date data: forms, time of day, year-less dates resolved
// against the reference time, impossible and future dates refused.

import assert from "node:assert/strict";
import { test } from "node:test";
import { findDateInText, findDatesInText } from "../../../src/extract/date/index.ts";

const NOW = "2026-11-22T00:00:00Z";

const cases: { text: string; now?: string; lang?: string; value: string | null; precision?: string }[] = [
  { text: "14 березня, 09:05 | 2 хв", value: "2026-03-14T09:05", precision: "minute" },
  { text: "14 березня, 09:05", now: "2026-02-01T00:00:00Z", value: "2025-03-14T09:05", precision: "minute" },
  { text: "30 грудня", now: "2026-12-30T10:00:00Z", value: "2026-12-30", precision: "day" },
  { text: "Опубліковано 2 листопада 2025 року", value: "2025-11-02", precision: "day" },
  { text: "11 Февруари, 2024", value: "2024-02-11", precision: "day" },
  { text: "подписан на 9 юли 2001 г. в София", value: "2001-07-09", precision: "day" },
  { text: "09:12 - 03.05.2024", value: "2024-05-03T09:12", precision: "minute" },
  { text: "03.05.2024, 21:40", value: "2024-05-03T21:40", precision: "minute" },
  { text: "5 января 2023 года", value: "2023-01-05", precision: "day" },
  { text: "вчера в 18:30", value: "2026-11-21T18:30", precision: "minute" },
  { text: "сёння", value: "2026-11-22", precision: "day" },
  { text: "8 чэрвеня 2022", value: "2022-06-08", precision: "day" },
  { text: "Posted on August 3rd, 2019", value: "2019-08-03", precision: "day" },
  { text: "Sept. 14, 2021, 7:05 p.m.", value: "2021-09-14T19:05", precision: "minute" },
  { text: "04/07/2020", lang: "en", value: "2020-04-07", precision: "day" },
  { text: "04/07/2020", lang: "de", value: "2020-07-04", precision: "day" },
  { text: "25/12/2020", lang: "en", value: "2020-12-25", precision: "day" },
  { text: "Veröffentlicht am 7. Jänner 2018 um 10:15 Uhr", value: "2018-01-07T10:15", precision: "minute" },
  { text: "le 1er février 2017 à 08h30", value: "2017-02-01T08:30", precision: "minute" },
  { text: "12 de octubre de 2015", value: "2015-10-12", precision: "day" },
  { text: "21 października 2019", value: "2019-10-21", precision: "day" },
  { text: "3. září 2016", value: "2016-09-03", precision: "day" },
  { text: "2020-06-30T23:59:00+02:00", value: "2020-06-30T23:59", precision: "minute" },
  { text: "2019/12/31", value: "2019-12-31", precision: "day" },
  { text: "Issue of March 2018", value: "2018-03", precision: "month" },
  { text: "31.02.2025", value: null },
  { text: "15.08.2027", value: null },
  { text: "version 1.2.3 and 10.20.30", value: null },
];

for (const c of cases) {
  test(`extract/date text: ${JSON.stringify(c.text)} → ${c.value}`, () => {
    const found = findDateInText(c.text, { now: c.now ?? NOW, lang: c.lang });
    if (c.value === null) return assert.equal(found, null);
    assert.ok(found, "no date found");
    assert.equal(found.date.value, c.value);
    assert.equal(found.date.precision, c.precision);
  });
}

test("extract/date text: spans cover the date and its time", () => {
  const text = "Оновлено: 14 березня, 09:05 — читати далі";
  const found = findDateInText(text, { now: NOW });
  assert.ok(found);
  assert.equal(text.slice(found.start, found.end), "14 березня, 09:05");
});

test("extract/date text: every date in order, year-less ones marked", () => {
  const dates = findDatesInText("Від 2 травня 2021 р. до 9 червня", { now: NOW });
  assert.deepEqual(
    dates.map((d) => [d.date.value, d.yearless]),
    [
      ["2021-05-02", false],
      ["2026-06-09", true],
    ],
  );
});

test("extract/date text: without a reference time a year-less date keeps no year", () => {
  const found = findDateInText("14 березня, 09:05", { now: "" });
  assert.equal(found?.date.value, "--03-14T09:05");
});
