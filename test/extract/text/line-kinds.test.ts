// One line of a scraped page, classified from its own evidence.

import assert from "node:assert/strict";
import { test } from "node:test";
import { lineKind } from "../../../src/extract/text/line-kinds.ts";
import { splitLines } from "../../../src/extract/text/lines.ts";

const NOW = "2026-11-22T00:00:00Z";

const cases: { line: string; kind: string }[] = [
  { line: "Депутати міськради проголосували за новий бюджет, який передбачає ремонт трьох шкіл і лікарні.", kind: "prose" },
  { line: "**Депутати міськради проголосували за новий бюджет, який передбачає ремонт трьох шкіл.**", kind: "prose" },
  { line: "## Скільки коштуватиме ремонт", kind: "heading" },
  { line: "Скільки коштуватиме ремонт шкіл у районі", kind: "heading" },
  { line: "[Читайте також](#) **Як змінилися ціни на хліб**", kind: "read-also" },
  { line: "Прочетете още:", kind: "read-also" },
  { line: "Read also: City buses get new timetable", kind: "read-also" },
  { line: "Коментари (12)", kind: "section-end" },
  { line: "Сподели:", kind: "section-end" },
  { line: "Leave a Reply", kind: "section-end" },
  { line: "## Пов'язані теми:", kind: "section-end" },
  { line: "[Головна](#) [Новини](#) [Спорт](#)", kind: "link" },
  { line: "<p>Про нас</p> <p>Контакти</p> <p>Реклама</p>", kind: "markup" },
  { line: "---\t--\t---", kind: "table" },
  { line: "Телефон: +38 044 123 4567", kind: "contact" },
  { line: "redakcia@example.org", kind: "contact" },
  { line: "11:20 - 02.05.2025", kind: "date-stamp" },
  { line: "14 березня, 09:05 | 👁️ | ⌚ 2 хв", kind: "date-stamp" },
  { line: "Новите лодки на пристанището, Снимка: © БТА", kind: "credit" },
  { line: "Facebook Twitter Telegram", kind: "social" },
  { line: "© 2026 Вечірній Порт", kind: "copyright" },
  { line: "Важно днес", kind: "label" },
  { line: "– каже Лукаш.", kind: "sentence" },
  { line: "- ІНФРАСТРУКТУРА", kind: "list" },
  { line: "市の議会は、新しい橋の建設計画を来年の春までに決めると発表しました。住民の意見も聞くということです。", kind: "prose" },
];

for (const c of cases) {
  test(`extract/text line kind: ${JSON.stringify(c.line)} → ${c.kind}`, () => {
    const [line] = splitLines(c.line);
    assert.equal(lineKind(line, NOW), c.kind);
  });
}
