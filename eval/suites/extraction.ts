// Extraction quality: the ScrapingHub benchmark with its own 4-gram metric, and the WCXB development
// pages (main-text F1, with/without snippets, title, author and day accuracy), crossnews beside
// @mozilla/readability (+linkedom) run by the same harness on the same pages.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractHtml } from "../../src/extract/index.ts";
import type { ExtractLayer } from "../../src/model/doc.ts";
import { sharedPath } from "../shared.ts";
import type { Cell, EvalResult, EvalSuite, EvalTable } from "../suite.ts";

interface ManifestRecord {
  dataset: string;
  id: string;
  url: string;
  html: string;
  main_text: string | null;
  title?: string | null;
  author?: string | null;
  published?: string | null;
  with?: string[];
  without?: string[];
}

type Extractor = (html: string, url: string) => Partial<ExtractLayer> & { text: string };

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

/** Multiset of word n-grams as in ScrapingHub's evaluate.py (`\w+` tokens, case kept, Unicode-aware). */
export function shingles(text: string | null, n = 4): Map<string, number> {
  const tokens = (text ?? "").match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** tp/fp/fn over two multisets, normalized to sum to 1. */
export function matchCounts(gold: Map<string, number>, pred: Map<string, number>): [number, number, number] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of gold) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(g, p);
    fn += Math.max(0, g - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (gold.get(key) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** Mean per-page precision and recall (pages where defined), F1 from the two means (evaluate.py). */
export function prf(counts: [number, number, number][]): { precision: number; recall: number; f1: number } {
  const ps: number[] = [];
  const rs: number[] = [];
  for (const [tp, fp, fn] of counts) {
    const both = fp === 0 && fn === 0;
    if (tp + fp > 0) ps.push(both ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
    if (tp + fn > 0) rs.push(both ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

const loose = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Author names as a set; degrees and post-nominals ("MS", "RD", "Ph.D.") are not names and are left out on both sides. */
function authorSet(s: string): string {
  return s
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .filter((piece) => !/^(?:\p{Lu}{2,5}|(?:\p{L}{1,3}\.){1,3}|Ph\.?D\.?)$/u.test(piece.trim()))
    .map(loose)
    .filter((x) => x.length > 0)
    .sort()
    .join("|");
}

/** Reference time for the WCXB and ScrapingHub pages: after every page was published. */
export const EVAL_NOW = "2026-01-01T00:00:00Z";

const crossnews: Extractor = (html, url) => extractHtml(html, { input: url, url, now: EVAL_NOW }).layer;

const readability: Extractor = (html) => {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return { text: article?.textContent ?? "", title: article?.title ?? undefined, author: article?.byline ? [article.byline] : undefined };
  } catch {
    return { text: "" };
  }
};

function loadManifest(): ManifestRecord[] {
  return readFileSync(sharedPath("eval", "extraction", "manifest.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ManifestRecord);
}

function readHtml(rec: ManifestRecord): string {
  return gunzipSync(readFileSync(sharedPath("eval", "extraction", rec.html))).toString("utf8");
}

interface Scores {
  counts4: [number, number, number][];
  counts1: [number, number, number][];
  withHit: number;
  withAll: number;
  withoutClean: number;
  withoutAll: number;
  titleOk: number;
  authorOk: number;
  dateOk: number;
  dateGiven: number;
  pages: number;
  methods: Map<string, number>;
}

function newScores(): Scores {
  return {
    counts4: [],
    counts1: [],
    withHit: 0,
    withAll: 0,
    withoutClean: 0,
    withoutAll: 0,
    titleOk: 0,
    authorOk: 0,
    dateOk: 0,
    dateGiven: 0,
    pages: 0,
    methods: new Map(),
  };
}

function score(s: Scores, rec: ManifestRecord, out: Partial<ExtractLayer> & { text: string }): void {
  s.pages++;
  s.counts4.push(matchCounts(shingles(rec.main_text), shingles(out.text)));
  s.counts1.push(matchCounts(shingles(rec.main_text, 1), shingles(out.text, 1)));
  // Snippets match on word boundaries: "Home" is not found inside "homework".
  const text = ` ${loose(out.text)} `;
  for (const snippet of rec.with ?? []) {
    s.withAll++;
    if (text.includes(` ${loose(snippet)} `)) s.withHit++;
  }
  for (const snippet of rec.without ?? []) {
    s.withoutAll++;
    if (!text.includes(` ${loose(snippet)} `)) s.withoutClean++;
  }
  // A page whose gold has no title or author is right when nothing is claimed.
  if (loose(out.title ?? "") === loose(rec.title ?? "")) s.titleOk++;
  if (authorSet(out.author?.join(", ") ?? "") === authorSet(rec.author ?? "")) s.authorOk++;
  const day = out.published?.value.slice(0, 10);
  if (day) s.dateGiven++;
  if ((day ?? "") === (rec.published ?? "").slice(0, 10)) s.dateOk++;
  if (out.method) s.methods.set(out.method, (s.methods.get(out.method) ?? 0) + 1);
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export const suite: EvalSuite = {
  name: "extraction",
  description: "main text and metadata from HTML (ScrapingHub 4-gram metric, WCXB dev)",
  requires: ["eval/extraction/manifest.jsonl"],
  async run(args: string[]): Promise<EvalResult> {
    const only = args.find((a) => a.startsWith("--dataset="))?.slice("--dataset=".length);
    const dump = args.find((a) => a.startsWith("--dump="))?.slice("--dump=".length);
    const skipReference = args.includes("--no-reference");
    const records = loadManifest().filter((r) => !only || r.dataset === only);
    const systems: [string, Extractor][] = [["crossnews", crossnews]];
    if (!skipReference) systems.push(["readability", readability]);
    const scores = new Map<string, Scores>();
    const dumped: object[] = [];
    for (const rec of records) {
      const html = readHtml(rec);
      for (const [name, extractor] of systems) {
        const key = `${rec.dataset}/${name}`;
        const s = scores.get(key) ?? newScores();
        scores.set(key, s);
        const out = extractor(html, rec.url);
        score(s, rec, out);
        if (dump && name === "crossnews") {
          const [tp, fp, fn] = s.counts4[s.counts4.length - 1] as [number, number, number];
          dumped.push({
            dataset: rec.dataset,
            id: rec.id,
            tp,
            fp,
            fn,
            method: out.method,
            title: out.title,
            goldTitle: rec.title,
            author: out.author,
            goldAuthor: rec.author,
            text: out.text,
            gold: rec.main_text,
          });
        }
      }
    }
    if (dump) writeFileSync(join(dump), dumped.map((d) => JSON.stringify(d)).join("\n"));
    const metrics: Record<string, number> = {};
    const tables: EvalTable[] = [];
    const shRows: Cell[][] = [];
    const wcRows: Cell[][] = [];
    const notes: string[] = [];
    for (const [key, s] of scores) {
      const [dataset, system] = key.split("/") as [string, string];
      const m4 = prf(s.counts4);
      if (dataset === "scrapinghub") {
        shRows.push([system, s.pages, r3(m4.precision), r3(m4.recall), r3(m4.f1)]);
        if (system === "crossnews") {
          metrics["extraction.scrapinghub.f1"] = r3(m4.f1);
          metrics["extraction.scrapinghub.precision"] = r3(m4.precision);
          metrics["extraction.scrapinghub.recall"] = r3(m4.recall);
        }
      } else {
        const m1 = prf(s.counts1);
        const withRecall = s.withAll ? s.withHit / s.withAll : 0;
        const withoutPrecision = s.withoutAll ? s.withoutClean / s.withoutAll : 0;
        wcRows.push([
          system,
          s.pages,
          r3(m1.f1),
          r3(m4.f1),
          r3(withRecall),
          r3(withoutPrecision),
          r3(s.titleOk / s.pages),
          r3(s.authorOk / s.pages),
          // Readability finds no dates: its date columns are left empty.
          system === "crossnews" ? r3(s.dateOk / s.pages) : null,
          system === "crossnews" ? r3(s.dateGiven / s.pages) : null,
        ]);
        if (system === "crossnews") {
          metrics["extraction.wcxb.f1"] = r3(m1.f1);
          metrics["extraction.wcxb.with"] = r3(withRecall);
          metrics["extraction.wcxb.without"] = r3(withoutPrecision);
          metrics["extraction.wcxb.title"] = r3(s.titleOk / s.pages);
          metrics["extraction.wcxb.author"] = r3(s.authorOk / s.pages);
          metrics["extraction.wcxb.date"] = r3(s.dateOk / s.pages);
        }
      }
      if (system === "crossnews") notes.push(`${dataset} cascade winners: ${[...s.methods].map(([m, n]) => `${m} ${n}`).join(", ")}`);
    }
    if (shRows.length)
      tables.push({
        title: "ScrapingHub (181 pages, word 4-gram multisets; P and R averaged over pages)",
        columns: ["system", "pages", "precision", "recall", "F1"],
        rows: shRows,
      });
    if (wcRows.length)
      tables.push({
        title:
          "WCXB dev (main_text F1 on words and 4-grams; snippets: `with` found, `without` absent; title, author exact after normalizing; date: the day, none when gold has none)",
        columns: [
          "system",
          "pages",
          "F1 words",
          "F1 4-grams",
          "with recall",
          "without precision",
          "title acc",
          "author acc",
          "date acc",
          "date coverage",
        ],
        rows: wcRows,
      });
    return { tables, metrics, notes };
  },
};
