// entities and report: listing from a store with hand-built mentions, both formats, and the report text.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { formatAliases, parseEntityType } from "../../src/cli/entities.ts";
import { buildReport } from "../../src/cli/report.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { makeArticle, mention } from "../store/fixtures.ts";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.ts");
const root = mkdtempSync(join(tmpdir(), "crossnews-entities-"));
const db = join(root, "entities.db");
after(() => rmSync(root, { recursive: true, force: true }));

const UK = "Лукашенко приїхав до Києва. Лукашенка зустріли на вокзалі.";
const BG = "Александър Лукашенко говори в София.";
const EN = "Lukashenka spoke in Sofia on Monday.";

before(async () => {
  const store = SqliteStore.open(db);
  await store.putBatch(
    [
      makeArticle({
        text: UK,
        lang: "uk",
        published: "2026-01-05",
        source: { path: "uk.txt" },
        entities: [
          mention(UK, "Лукашенко", "Лукашенко", "e:lukashenko", "Alexander Lukashenko"),
          mention(UK, "Києва", "Київ", "e:kyiv", "Kyiv", "LOC"),
          { ...mention(UK, "Лукашенка", "Лукашенко", "e:lukashenko", "Alexander Lukashenko") },
        ],
      }),
      makeArticle({
        text: BG,
        lang: "bg",
        published: "2026-01-07",
        source: { path: "bg.txt" },
        entities: [
          mention(BG, "Александър Лукашенко", "Александър Лукашенко", "e:lukashenko", "Alexander Lukashenko"),
          mention(BG, "София", "София", "e:sofia", "Sofia", "LOC"),
        ],
      }),
      makeArticle({
        text: EN,
        lang: "en",
        published: "2026-01-09",
        source: { path: "en.txt" },
        entities: [
          mention(EN, "Lukashenka", "Lukashenka", "e:lukashenko", "Alexander Lukashenko"),
          mention(EN, "Sofia", "Sofia", "e:sofia", "Sofia", "LOC"),
        ],
      }),
    ],
    { ingestedAt: "2026-02-01T00:00:00Z" },
  );
  await store.close();
});

function cli(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args, "--db", db], { encoding: "utf8" });
}

test("entities CLI: jsonl lists canonical name, type, id, aliases by language and script, counts, first and last seen", () => {
  const result = cli("entities", "--format", "jsonl");
  assert.equal(result.status, 0, result.stderr);
  const rows = result.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((r) => [r.id, r.mentions, r.articles]),
    [
      ["e:lukashenko", 4, 3],
      ["e:sofia", 2, 2],
      ["e:kyiv", 1, 1],
    ],
  );
  assert.deepEqual(rows[0], {
    id: "e:lukashenko",
    name: "Alexander Lukashenko",
    type: "PER",
    aliases: [
      { form: "Лукашенко", lang: "uk", script: "Cyrl", mentions: 2 },
      { form: "Александър Лукашенко", lang: "bg", script: "Cyrl", mentions: 1 },
      { form: "Lukashenka", lang: "en", script: "Latn", mentions: 1 },
    ],
    links: [{ link: "lexicon:alias", mentions: 4 }],
    mentions: 4,
    articles: 3,
    firstSeen: "2026-01-05",
    lastSeen: "2026-01-09",
  });
});

test("entities CLI: --type and --lang filter, the table has one row per entity", () => {
  const result = cli("entities", "--type", "loc", "--lang", "bg");
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trim().split("\n");
  assert.match(lines[0], /^name\s+type\s+mentions\s+articles\s+first seen\s+last seen\s+id\s+linked by\s+aliases$/);
  assert.equal(lines.length, 2);
  assert.match(lines[1], /^Sofia\s+LOC\s+1\s+1\s+2026-01-07\s+2026-01-07\s+e:sofia\s+lexicon:alias 1\s+bg\/Cyrl: София$/);
  assert.equal(cli("entities", "--type", "PERSON").status, 2);
  // A filter that matches nothing says so, not that the store has no entities.
  const none = cli("entities", "--type", "evt", "--lang", "bg");
  assert.equal(none.status, 0, none.stderr);
  assert.equal(none.stdout.trim(), "no entities match --type EVT --lang bg");
});

const UNITS: { name: string; got: () => unknown; want: unknown }[] = [
  {
    name: "formatAliases groups forms by language and script",
    got: () =>
      formatAliases([
        { form: "Путін", lang: "uk", script: "Cyrl", mentions: 3 },
        { form: "Путіна", lang: "uk", script: "Cyrl", mentions: 1 },
        { form: "Putin", lang: "en", script: "Latn", mentions: 1 },
      ]),
    want: "uk/Cyrl: Путін, Путіна · en/Latn: Putin",
  },
  { name: "parseEntityType accepts any case", got: () => parseEntityType("org"), want: "ORG" },
];

for (const c of UNITS) test(`entities: ${c.name}`, () => assert.deepEqual(c.got(), c.want));

test("report: languages, top entities with aliases across languages, and the corpus sections", async () => {
  const store = SqliteStore.open(db, { create: false });
  try {
    const text = await buildReport(store, 2);
    assert.match(text, /^articles: 3 from 3 sources$/m);
    assert.match(text, /^languages: (?=.*uk 1)(?=.*bg 1)(?=.*en 1)/m);
    assert.match(text, /^published: 2026-01-05 … 2026-01-09 \(3 of 3 dated\)$/m);
    assert.match(text, /^entities: 3 distinct, 7 mentions; top 2:$/m);
    assert.match(
      text,
      /^ {2}Alexander Lukashenko \(PER, e:lukashenko\): 4 mentions in 3 articles, 2026-01-05 … 2026-01-09\n {4}uk\/Cyrl: Лукашенко\n {4}bg\/Cyrl: Александър Лукашенко\n {4}en\/Latn: Lukashenka$/m,
    );
    assert.doesNotMatch(text, /Kyiv/);
    assert.match(text, /links and storylines: none yet/);
  } finally {
    await store.close();
  }
});
