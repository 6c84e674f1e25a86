import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addArticleEvidence,
  CORPUS_MIN_ARTICLES,
  type CorpusNames,
  corpusKey,
  corpusMatches,
  corpusType,
  retypeByCorpus,
} from "../../../src/entities/recognize/corpus-names.ts";
import type { TagType } from "../../../src/entities/recognize/labels.ts";

/** `n` articles, each with the one mention given. */
function corpusOf(...articles: [number, string, string, string, number][]): CorpusNames {
  const names: CorpusNames = new Map();
  for (const [n, lang, surface, type, score] of articles)
    for (let i = 0; i < n; i++) addArticleEvidence(names, [{ surface, type, score }], lang);
  return names;
}

const span = (surface: string, type: TagType) => ({ surface, type, source: "model" });

test("corpus key: one key across inflection, diacritics and script; none for short names", () => {
  assert.equal(corpusKey("Islámábád", "cs"), corpusKey("Islamabad", "en"));
  assert.equal(corpusKey("Исламабад", "ru"), corpusKey("Islamabad", "en"));
  assert.equal(corpusKey("Asii Bibi", "pl"), corpusKey("Asia Bibi", "pl"));
  assert.equal(corpusKey("Bibi", "pl"), null);
  assert.equal(corpusKey("One Two Three Four Five", "en"), null, "longer names are not counted");
});

test("corpus type: a clear majority of enough articles, confident mentions only", () => {
  const names = corpusOf([5, "pl", "Asia Bibi", "PER", 0.99], [1, "cs", "Asia Bibi", "LOC", 0.95]);
  assert.equal(corpusType(names, "Asii Bibi", "pl"), "PER");
  assert.equal(corpusType(names, "Асия Биби", "bg"), "PER", "across scripts");
  const few = corpusOf([CORPUS_MIN_ARTICLES - 1, "en", "Islamabad", "LOC", 0.99]);
  assert.equal(corpusType(few, "Islamabad", "en"), undefined, "too few articles");
  const unsure = corpusOf([10, "en", "Islamabad", "LOC", 0.6]);
  assert.equal(corpusType(unsure, "Islamabad", "en"), undefined, "unsure mentions are no evidence");
  const disputed = corpusOf([4, "en", "Jordan", "PER", 0.99], [4, "en", "Jordan", "LOC", 0.99]);
  assert.equal(corpusType(disputed, "Jordan", "en"), undefined, "a disputed name has no corpus type");
});

test("corpus type: an article follows its own language's articles where they clearly differ from the others", () => {
  const names = corpusOf([8, "ru", "Евросоюз", "ORG", 0.99], [6, "bg", "Евросъюз", "ORG", 0.99], [4, "uk", "Євросоюз", "LOC", 0.99]);
  assert.equal(corpusType(names, "Євросоюзу", "uk"), "LOC", "Ukrainian articles type it as a place");
  assert.equal(corpusType(names, "Евросоюза", "ru"), "ORG");
  assert.equal(corpusType(names, "Евросоюз", "be"), "ORG", "a language with no clear evidence of its own follows all");
  const thin = corpusOf([8, "ru", "Евросоюз", "ORG", 0.99], [CORPUS_MIN_ARTICLES - 1, "uk", "Євросоюз", "LOC", 0.99]);
  assert.equal(corpusType(thin, "Євросоюз", "uk"), "ORG", "too few articles in the language: all articles decide");
});

test("corpus evidence: a name counts once per article and type", () => {
  const names: CorpusNames = new Map();
  const m = { surface: "Islamabad", type: "LOC", score: 0.99 };
  addArticleEvidence(names, [m, m, m, m], "en");
  assert.equal(corpusType(names, "Islamabad", "en"), undefined, "four mentions in one article are one article");
});

test("retype by corpus: spans take their name's corpus type, others stay", () => {
  const names = corpusOf([6, "cs", "Islamabad", "LOC", 0.98]);
  const out = retypeByCorpus([span("Islámábád", "PER"), span("Ašik Masíh", "PER"), span("Islámábád", "MISC")], "cs", names);
  assert.deepEqual(
    out.map((s) => [s.surface, s.type, s.source]),
    [
      ["Islámábád", "LOC", "corpus"],
      ["Ašik Masíh", "PER", "model"],
      ["Islámábád", "MISC", "model"],
    ],
  );
  assert.equal(retypeByCorpus([span("Islámábád", "PER")], "cs", new Map())[0]?.type, "PER", "no evidence, no change");
});

test("corpus matches: the longest runs of tokens spelling a name with a corpus type, not overlapping", () => {
  const names = corpusOf([5, "en", "Asia Bibi", "PER", 0.99], [5, "en", "Islamabad", "LOC", 0.99], [5, "en", "Asia", "LOC", 0.99]);
  const words = ["Asia", "Bibi", "left", "Islámábád", "for", "asia", "bibi", "."];
  assert.deepEqual(corpusMatches(words, "cs", names), [
    { start: 0, end: 2, type: "PER" },
    { start: 3, end: 4, type: "LOC" },
    { start: 5, end: 7, type: "PER" },
  ]);
  assert.deepEqual(corpusMatches(words, "cs", new Map()), []);
});
