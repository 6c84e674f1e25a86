// Cross-page repetition on invented pages of one invented site: shared menu/footer lines found and left out
// of every body, body lines (also those of a near-duplicate pair) kept, nothing found with fewer than 3 pages.

import assert from "node:assert/strict";
import { test } from "node:test";
import { extractScrapedText } from "../../../src/extract/text/index.ts";
import { lineKey, MIN_SITE_LINE_KEY_CHARS, repeatedLines } from "../../../src/extract/text/site-repetition.ts";

const NOW = "2026-11-22T00:00:00Z";
const SITE = "dir:/pages/lakeside";

const MENU = "Subscribe to the Lakeside Courier newsletter and get our best local reporting every Friday morning.";
const FOOTER = "The Lakeside Courier is an independent weekly run by volunteers in Marrow County since **1987**, funded by readers.";

const BODIES = [
  [
    "The county council voted on Tuesday to repair the old ferry landing before the spring floods arrive.",
    "Engineers said the wooden pier had lost a third of its supports since the last inspection in March.",
    "Work is expected to start next month and to close the landing to boats for about six weeks.",
  ],
  [
    "A bakery on Mill Street has won the regional bread contest for the second year in a row, judges said.",
    "Its owner, who learned the trade from her grandfather, bakes rye loaves in a brick oven built in 1932.",
    "She plans to use the prize money to train two apprentices from the village school next summer.",
  ],
  [
    "Fishermen on the north shore reported the largest pike catch in a decade during the autumn season.",
    "Biologists from the lake station credited cleaner water after the sewage works upgrade two years ago.",
    "They warned that the warm winter could still harm the eggs laid in the shallow reed beds this year.",
  ],
  [
    "The library will stay open until nine in the evening on weekdays from January, the director announced.",
    "Longer hours were requested by students who prepare for exams and have no quiet place to read at home.",
    "Two new reading rooms will open on the first floor once the heating system has been replaced there.",
  ],
];

/** Another story told twice (a first version and an update): its lines are on two pages only. */
const TWIN = [
  "Storm winds cut power to four hundred homes along the east shore road late on Sunday evening.",
  "Repair crews worked through the night and most households had electricity again by Monday noon.",
  "The utility said fallen birch trees had broken the line in three places near the camping ground.",
];

function page(body: readonly string[], n: number): string {
  return [`# Lakeside Courier story number ${n}`, "", MENU, "", ...body.flatMap((l) => [l, ""]), FOOTER, ""].join("\n");
}

const PAGES = [
  ...BODIES.map((b, i) => page(b, i + 1)),
  page(TWIN, 5),
  page([...TWIN.slice(0, 2), "The utility said a fallen birch had broken the line near the camping ground on the shore."], 6),
];
const BODY_LINES = [...BODIES.flat(), ...TWIN.slice(0, 2)];

const extract = (text: string, repeated?: ReadonlySet<string>) =>
  extractScrapedText(text, { input: "page.md", now: NOW, format: "markdown", ...(repeated && { repeatedLines: repeated }) }).text;

const KEY_CASES: { name: string; line: string; key: string }[] = [
  {
    name: "markup, case, spacing, digits",
    line: "  **Copyright**  [Lakeside Courier](https://x.example/) 2026 ",
    key: "copyright lakeside courier 0000",
  },
  { name: "a list item's bullet", line: "- Contact the newsroom by letter", key: "contact the newsroom by letter" },
  { name: "a short line is not keyed", line: "Home page", key: "" },
];

for (const c of KEY_CASES) {
  test(`extract/text site-repetition: lineKey, ${c.name}`, () => {
    assert.equal(lineKey(c.line), c.key);
    assert.ok(c.key === "" || c.key.length >= MIN_SITE_LINE_KEY_CHARS);
  });
}

test("extract/text site-repetition: without the evidence the shared lines leak into the body (the case is real)", () => {
  const text = extract(PAGES[0]);
  assert.ok(text.includes("newsletter"), text);
  assert.ok(text.includes("independent weekly"), text);
});

test("extract/text site-repetition: menu and footer found for the site, body lines not", () => {
  const keys = repeatedLines(PAGES.map((text) => ({ site: SITE, text }))).get(SITE)!;
  assert.ok(keys.has(lineKey(MENU)));
  assert.ok(keys.has(lineKey(FOOTER)));
  for (const line of BODY_LINES) assert.ok(!keys.has(lineKey(line)), line);
});

test("extract/text site-repetition: shared lines left out of every page, body lines kept", () => {
  const keys = repeatedLines(PAGES.map((text) => ({ site: SITE, text }))).get(SITE)!;
  PAGES.forEach((p, i) => {
    const text = extract(p, keys);
    assert.ok(!text.includes("newsletter"), `menu on page ${i + 1}: ${text}`);
    assert.ok(!text.includes("independent weekly"), `footer on page ${i + 1}: ${text}`);
    const body = i < BODIES.length ? BODIES[i] : TWIN.slice(0, 2);
    for (const line of body) assert.ok(text.includes(line), `lost on page ${i + 1}: ${line}`);
  });
});

test("extract/text site-repetition: sites are kept apart", () => {
  const found = repeatedLines(PAGES.slice(0, 4).map((text, i) => ({ site: i < 2 ? "a" : "b", text })));
  assert.equal(found.get("a")!.size, 0);
  assert.equal(found.get("b")!.size, 0);
});

test("extract/text site-repetition: with fewer than 3 pages nothing changes", () => {
  const two = PAGES.slice(0, 2);
  const keys = repeatedLines(two.map((text) => ({ site: SITE, text }))).get(SITE)!;
  assert.equal(keys.size, 0);
  for (const p of two) assert.equal(extract(p, keys), extract(p));
});
