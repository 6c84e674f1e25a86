// The behaviour every Store implementation must have (STYLE.md rule 7): each implementation's test
// file calls runStoreContract with a factory for a fresh, empty store.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Article, ArticleEntity } from "../../src/model/article.ts";
import type { Store } from "../../src/store/store.ts";
import { makeArticle, mention } from "./fixtures.ts";

const T1 = "2026-03-01T10:00:00.000Z";
const T2 = "2026-03-02T10:00:00.000Z";

const UK_TEXT = "Президент Путін заявив у Києві, що переговори тривають.\n\nДеталі з'являться пізніше.";
const RU_TEXT = "Владимир Путин прибыл в Минск на встречу с коллегами.\n\nВстреча продлится два дня.";
const EN_TEXT = "Vladimir Putin arrived in Minsk on Tuesday for talks.\n\nThe talks will last two days.";
const BG_TEXT = "Министрите обсъдиха бюджета за следващата година в София.";

const uk = makeArticle({
  text: UK_TEXT,
  title: "Заява у Києві",
  lang: "uk",
  published: "2026-02-10",
  source: { path: "uk/one.html" },
  entities: [
    mention(UK_TEXT, "Путін", "Путін", "Q7747", "Vladimir Putin", "PER", "doc:short-form"),
    mention(UK_TEXT, "Києві", "Київ", "Q1899", "Kyiv", "LOC"),
  ],
});
const ru = makeArticle({
  text: RU_TEXT,
  title: "Визит в Минск",
  lang: "ru",
  published: "2026-02-12",
  source: { url: "https://example.ru/a/1" },
  entities: [
    mention(RU_TEXT, "Владимир Путин", "Владимир Путин", "Q7747", "Vladimir Putin"),
    mention(RU_TEXT, "Минск", "Минск", "Q2280", "Minsk", "LOC"),
  ],
});
const en = makeArticle({
  text: EN_TEXT,
  title: "Putin in Minsk",
  lang: "en",
  published: "2026-02-14T09:30",
  source: { id: "wire-42" },
  entities: [
    mention(EN_TEXT, "Vladimir Putin", "Vladimir Putin", "Q7747", "Vladimir Putin"),
    mention(EN_TEXT, "Minsk", "Minsk", "Q2280", "Minsk", "LOC"),
  ],
});
const bg = makeArticle({ text: BG_TEXT, title: "Бюджетът", lang: "bg", source: { path: "bg/budget.txt" } });

/** The uk article's page, fetched again after an edit: same source, new text. */
function edited(a: Article, text: string): Article {
  return makeArticle({ text, title: a.title, lang: a.lang?.code, published: a.published?.value, source: a.source });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

interface ContractCase {
  name: string;
  run(store: Store): Promise<void>;
}

const CASES: ContractCase[] = [
  {
    name: "stores a new article and gives it back as put",
    async run(store) {
      assert.deepEqual(await store.putBatch([uk], { ingestedAt: T1 }), [{ id: uk.id, outcome: "new", version: 1 }]);
      assert.deepEqual(await store.getArticle(uk.id), uk);
      assert.equal(await store.getArticle("0123456789abcdef01234567"), null);
    },
  },
  {
    name: "re-putting the same articles is a no-op (all unchanged)",
    async run(store) {
      await store.putBatch([uk, ru, en, bg], { ingestedAt: T1 });
      const again = await store.putBatch([uk, ru, en, bg], { ingestedAt: T2 });
      assert.deepEqual(
        again.map((r) => r.outcome),
        ["unchanged", "unchanged", "unchanged", "unchanged"],
      );
      const counts = await store.counts();
      assert.equal(counts.articles, 4);
      assert.equal(counts.versions, 4);
      assert.equal(counts.sources, 4);
      assert.equal(counts.mentions, 6);
      assert.deepEqual(counts.published, { first: "2026-02-10", last: "2026-02-14T09:30", dated: 3 });
    },
  },
  {
    name: "a duplicate inside one batch is stored once",
    async run(store) {
      const results = await store.putBatch([bg, bg], { ingestedAt: T1 });
      assert.deepEqual(
        results.map((r) => r.outcome),
        ["new", "unchanged"],
      );
      assert.equal((await store.counts()).articles, 1);
    },
  },
  {
    name: "a changed text from the same source is a new version; the old one stays readable but is not current",
    async run(store) {
      await store.putBatch([uk], { ingestedAt: T1 });
      const v2 = edited(uk, `${UK_TEXT}\n\nОновлено: Путін відповів на запитання.`);
      assert.deepEqual(await store.putBatch([v2], { ingestedAt: T2 }), [{ id: v2.id, outcome: "new-version", version: 2 }]);
      const counts = await store.counts();
      assert.deepEqual([counts.articles, counts.versions, counts.sources], [1, 2, 1]);
      assert.deepEqual(await store.getArticle(uk.id), uk);
      const hits = await store.search({ text: "Путін" });
      assert.deepEqual(
        hits.map((h) => h.id),
        [v2.id],
      );
      // Changing back to the first text is a third version, not a no-op.
      assert.deepEqual(await store.putBatch([uk], { ingestedAt: T2 }), [{ id: uk.id, outcome: "new-version", version: 3 }]);
      assert.deepEqual(
        (await store.search({ text: "Путін" })).map((h) => h.id),
        [uk.id],
      );
    },
  },
  {
    name: "the same text from another source is stored once and counted unchanged",
    async run(store) {
      await store.putBatch([ru], { ingestedAt: T1 });
      const mirror = { ...ru, source: { url: "https://mirror.example.ru/a/1" } };
      assert.deepEqual(await store.putBatch([mirror], { ingestedAt: T2 }), [{ id: ru.id, outcome: "unchanged", version: 1 }]);
      const counts = await store.counts();
      assert.deepEqual([counts.articles, counts.sources], [1, 2]);
    },
  },
  {
    name: "a known text keeps its first analysis unless reanalyze is asked; then its mentions and keys are replaced",
    async run(store) {
      await store.putBatch([uk], { ingestedAt: T1 });
      const relinked = { ...uk, title: "Заява Путіна", entities: [mention(UK_TEXT, "Києві", "Київ", "Q1899", "Kyiv", "LOC")] };
      assert.deepEqual(await store.putBatch([relinked], { ingestedAt: T2 }), [{ id: uk.id, outcome: "unchanged", version: 1 }]);
      assert.deepEqual(await store.getArticle(uk.id), uk);
      assert.deepEqual(await store.putBatch([relinked], { ingestedAt: T2, reanalyze: true }), [
        { id: uk.id, outcome: "reanalyzed", version: 1 },
      ]);
      assert.deepEqual(await store.getArticle(uk.id), relinked);
      assert.deepEqual(
        (await store.entities()).map((e) => [e.id, e.mentions]),
        [["Q1899", 1]],
      );
      const [hit] = await store.search({ text: "Заява" });
      assert.deepEqual([hit.id, hit.title], [uk.id, "Заява Путіна"]);
      const counts = await store.counts();
      assert.deepEqual([counts.articles, counts.versions, counts.sources, counts.mentions], [1, 1, 1, 1]);
    },
  },
  {
    name: "malformed articles are rejected with a reason; the rest of the batch is stored",
    async run(store) {
      const badId = { ...bg, id: "not-the-hash" };
      const badOffsets = { ...en, entities: [{ ...en.entities![0], end: 10_000 }] };
      const badType = { ...ru, entities: [{ ...ru.entities![0], type: "PERSON" }] } as unknown as Article;
      const notAnObject = null as unknown as Article;
      const results = await store.putBatch([badId, uk, badOffsets, badType, notAnObject], { ingestedAt: T1 });
      assert.deepEqual(
        results.map((r) => r.outcome),
        ["rejected", "new", "rejected", "rejected", "rejected"],
      );
      assert.match(results[0].reason ?? "", /content hash/);
      assert.match(results[2].reason ?? "", /offsets/);
      assert.match(results[3].reason ?? "", /type/);
      const counts = await store.counts();
      assert.deepEqual([counts.articles, counts.sources, counts.mentions], [1, 1, 2]);
    },
  },
  {
    name: "a batch that fails midway writes nothing, and the store stays usable",
    async run(store) {
      await store.putBatch([bg], { ingestedAt: T1 });
      const poisoned = {
        ...en,
        toJSON() {
          throw new Error("cannot serialize");
        },
      };
      await assert.rejects(store.putBatch([uk, ru, poisoned], { ingestedAt: T2 }), { code: "store/write-failed" });
      const counts = await store.counts();
      assert.deepEqual([counts.articles, counts.versions, counts.sources, counts.mentions], [1, 1, 1, 0]);
      assert.deepEqual((await store.search({ text: "Путін" })).length, 0);
      assert.deepEqual(
        (await store.putBatch([uk, ru], { ingestedAt: T2 })).map((r) => r.outcome),
        ["new", "new"],
      );
    },
  },
  {
    name: "search meets across scripts: Путін, Путин and Putin find the same articles",
    async run(store) {
      await store.putBatch([uk, ru, en, bg], { ingestedAt: T1 });
      const want = [en.id, ru.id, uk.id].sort();
      for (const q of ["Путін", "Путин", "Putin", "PUTIN"]) {
        const ids = (await store.search({ text: q })).map((h) => h.id).sort();
        assert.deepEqual(ids, want, `query ${q}`);
      }
      assert.deepEqual(await store.search({ text: "   " }), []);
      assert.deepEqual(await store.search({ text: "zzzqqq" }), []);
      // Query syntax characters are plain text, never an FTS error.
      assert.deepEqual(await store.search({ text: 'Putin" OR * NEAR(' }), await store.search({ text: "Putin OR NEAR" }));
    },
  },
  {
    name: "search filters by language, published date range and limit, and ranks a title match first",
    async run(store) {
      await store.putBatch([uk, ru, en, bg], { ingestedAt: T1 });
      assert.deepEqual(
        (await store.search({ text: "Putin", lang: "ru" })).map((h) => h.id),
        [ru.id],
      );
      assert.deepEqual(
        (await store.search({ text: "Putin", from: "2026-02-11", to: "2026-02-13" })).map((h) => h.id),
        [ru.id],
      );
      assert.deepEqual(
        (await store.search({ text: "Putin", to: "2026-02-10" })).map((h) => h.id),
        [uk.id],
      );
      assert.equal((await store.search({ text: "Putin", limit: 1 })).length, 1);
      const [top] = await store.search({ text: "Minsk" });
      assert.equal(top.id, en.id, "the English article has Minsk in its title");
      assert.equal(top.lang, "en");
      assert.equal(top.published, "2026-02-14T09:30");
      assert.match(top.snippet, /Minsk/);
      assert.ok(top.score > 0);
    },
  },
  {
    name: "entities list canonical name, aliases by language and script, counts, first and last seen",
    async run(store) {
      await store.putBatch([uk, ru, en, bg], { ingestedAt: T1 });
      const list = await store.entities();
      assert.deepEqual(
        list.map((e) => [e.id, e.mentions, e.articles]),
        [
          ["Q7747", 3, 3],
          ["Q2280", 2, 2],
          ["Q1899", 1, 1],
        ],
      );
      const putin = list[0];
      assert.deepEqual(
        [putin.name, putin.type, putin.firstSeen, putin.lastSeen],
        ["Vladimir Putin", "PER", "2026-02-10", "2026-02-14T09:30"],
      );
      assert.deepEqual(putin.aliases.map((a) => [a.lang, a.script, a.form, a.mentions]).sort(), [
        ["en", "Latn", "Vladimir Putin", 1],
        ["ru", "Cyrl", "Владимир Путин", 1],
        ["uk", "Cyrl", "Путін", 1],
      ]);
      assert.deepEqual(
        putin.links.map((l) => [l.link, l.mentions]),
        [
          ["lexicon:alias", 2],
          ["doc:short-form", 1],
        ],
        "each merge keeps its evidence",
      );
      assert.deepEqual(
        (await store.entities({ type: "LOC" })).map((e) => e.id),
        ["Q2280", "Q1899"],
      );
      const inRu = await store.entities({ lang: "ru" });
      assert.deepEqual(
        inRu.map((e) => [e.id, e.mentions, e.aliases.length]),
        [
          ["Q2280", 1, 1],
          ["Q7747", 1, 1],
        ],
        "ties in mentions and articles go by name",
      );
      assert.equal((await store.entities({ limit: 1 })).length, 1);
    },
  },
  {
    name: "an entity keeps its fullest display name across articles, whatever the order",
    async run(store) {
      // One English article naming the new person k:mlmzh as `name`.
      const naming = (text: string, name: string) =>
        makeArticle({ text, lang: "en", entities: [mention(text, name, name, "k:mlmzh", name, "PER", "key")] });
      const a = naming("Malomuzh said more on Tuesday.", "Malomuzh");
      const b = naming("Mykola Malomuzh spoke on Monday.", "Mykola Malomuzh");
      const c = naming("Later Malomuzh added a remark.", "Malomuzh");
      await store.putBatch([a, b], { ingestedAt: T1 });
      await store.putBatch([c], { ingestedAt: T2 });
      const [e] = await store.entities();
      assert.deepEqual([e?.id, e?.name, e?.mentions], ["k:mlmzh", "Mykola Malomuzh", 3]);
    },
  },
  {
    name: "a new entity is shown as English writes its name, then another Latin-script language, then a romanization",
    async run(store) {
      // One article naming the new person k:snd, written `surface` in `lang`, as the linker names it.
      const naming = (text: string, lang: string, surface: string, name: string) =>
        makeArticle({ text, lang, entities: [mention(text, surface, surface, "k:snd", name, "PER", "key")] });
      await store.putBatch([naming("Президент Майя Санду приехала в Киев.", "ru", "Майя Санду", "Mayya Sandu")], { ingestedAt: T1 });
      assert.equal((await store.entities())[0]?.name, "Mayya Sandu", "a romanization while there is nothing better");
      await store.putBatch([naming("Prezydent Maia Sandu przyjechała.", "pl", "Maia Sandu", "Maia Sandu")], { ingestedAt: T1 });
      await store.putBatch([naming("President Maia Sandu arrived in Kyiv.", "en", "Maia Sandu", "Maia Sandu")], { ingestedAt: T2 });
      const longer = naming("Майя Санду снова приехала в Киев.", "ru", "Майя Санду", "Mayya Sandu Longer");
      await store.putBatch([longer], { ingestedAt: T2 });
      assert.equal((await store.entities())[0]?.name, "Maia Sandu", "a longer romanization does not replace a written name");
    },
  },
  {
    name: "a demonym (a person by the guidelines) names its place without making the place a person",
    async run(store) {
      const text = "Мешканці Кишинева і кишинівці вийшли на вулиці.";
      const place = mention(text, "Кишинева", "Кишинів", "cn:gpe-chisinau", "Chișinău", "LOC");
      const demonym = mention(text, "кишинівці", "кишинівці", "cn:gpe-chisinau", "Chișinău", "PER", "lexicon:demonym");
      const first = makeArticle({ text, lang: "uk", entities: [place, demonym] });
      const onlyDemonym = "Кишинівці вийшли на вулиці знову.";
      const second = makeArticle({
        text: onlyDemonym,
        lang: "uk",
        entities: [mention(onlyDemonym, "Кишинівці", "кишинівці", "cn:gpe-md", "Moldova", "PER", "lexicon:demonym")],
      });
      await store.putBatch([first, second], { ingestedAt: T1 });
      const types = (await store.entities()).map((e) => [e.id, e.type]).sort();
      assert.deepEqual(types, [
        ["cn:gpe-chisinau", "LOC"],
        ["cn:gpe-md", "LOC"],
      ]);
    },
  },
  {
    name: "an article without a published date is seen at its reference time, not the day it was ingested",
    async run(store) {
      const text = "Kyiv hosted the meeting.";
      const a = makeArticle({ text, lang: "en", entities: [mention(text, "Kyiv", "Kyiv", "Q1899", "Kyiv", "LOC")] });
      await store.putBatch([a], { ingestedAt: T2 });
      const [kyiv] = await store.entities();
      assert.deepEqual([kyiv.firstSeen, kyiv.lastSeen], [a.now.value, a.now.value]);
    },
  },
  {
    name: "confident mentions of current articles come back with their type, score and language, by article",
    async run(store) {
      const scored = (text: string, surface: string, type: ArticleEntity["type"], score: number) => ({
        ...mention(text, surface, surface, `k:${surface.toLowerCase()}`, surface, type, "key"),
        score,
      });
      const t1 = "Islamabad and Lahore were quiet.";
      const t2 = "Islamabad gave no answer.";
      const a = makeArticle({ text: t1, lang: "en", entities: [scored(t1, "Islamabad", "LOC", 0.97), scored(t1, "Lahore", "LOC", 0.5)] });
      const b = makeArticle({ text: t2, lang: "en", source: { path: "/b.txt" }, entities: [scored(t2, "Islamabad", "PER", 0.95)] });
      await store.putBatch([a, b], { ingestedAt: T1 });
      const rows = await collect(store.confidentMentions(0.9));
      assert.deepEqual(
        rows.map((r) => [r.lang, r.surface, r.type, r.score]),
        [
          ["en", "Islamabad", "LOC", 0.97],
          ["en", "Islamabad", "PER", 0.95],
        ],
      );
      assert.notEqual(rows[0]?.article, rows[1]?.article);
      await store.putBatch([edited(b, "No names here.")], { ingestedAt: T2 });
      assert.equal((await collect(store.confidentMentions(0.9))).length, 1, "a superseded version is no evidence");
    },
  },
  {
    name: "superseded versions drop out of entity counts and language counts",
    async run(store) {
      await store.putBatch([uk, bg], { ingestedAt: T1 });
      const v2 = edited(uk, "Новина без імен: засідання перенесли.");
      await store.putBatch([v2], { ingestedAt: T2 });
      assert.deepEqual(await store.entities(), []);
      assert.deepEqual((await store.counts()).byLang, { uk: 1, bg: 1 });
    },
  },
];

/** Run the contract against fresh stores from `open`; `skip` (a reason) skips it, e.g. when no server is configured. */
export function runStoreContract(name: string, open: () => Promise<Store>, skip?: string): void {
  describe(`Store contract: ${name}`, { skip }, () => {
    for (const c of CASES) {
      test(c.name, async () => {
        const store = await open();
        try {
          await c.run(store);
        } finally {
          await store.close();
        }
      });
    }
  });
}
