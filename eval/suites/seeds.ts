// npm run eval -- seeds: what ../shared/eval/seeds/gold.json says about each sample page's extraction
// (title, author, site, date, body start and end, text that must not reach the body, title shown once),
// and how much of a clean article (the extraction gold texts) the text extractor keeps.

import { readFileSync } from "node:fs";
import { extractScrapedText } from "../../src/extract/text/index.ts";
import type { PublishedDate } from "../../src/model/doc.ts";
import { sharedPath } from "../shared.ts";
import type { EvalSuite } from "../suite.ts";

export interface SeedGold {
  file: string;
  title: string | null;
  author: string | null;
  site: string | null;
  published: null | "ambiguous" | { month: number; day: number; time?: string; year?: number };
  published_note?: string;
  body_first: string;
  body_last: string;
  must_not_contain: string[];
  title_once?: boolean;
}

export interface SeedsGold {
  reference_time: string;
  seeds: SeedGold[];
}

export interface SeedCheck {
  file: string;
  check: string;
  pass: boolean;
  detail: string;
}

export function readSeedsGold(): SeedsGold {
  return JSON.parse(readFileSync(sharedPath("eval", "seeds", "gold.json"), "utf8")) as SeedsGold;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The ISO values the gold accepts for the page's date; `null` in the list accepts no date. */
export function acceptedDates(gold: SeedGold, referenceTime: string): (string | null)[] {
  const p = gold.published;
  if (p === null) return [null];
  if (p === "ambiguous") return [null, ...(gold.published_note?.match(/\d{4}-\d{2}-\d{2}/g) ?? [])];
  const ref = new Date(referenceTime);
  const refMonthDay = (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
  // A date without a year: the latest such date not after the reference time.
  const year = p.year ?? (p.month * 100 + p.day <= refMonthDay ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1);
  const day = `${year}-${pad(p.month)}-${pad(p.day)}`;
  return [p.time ? `${day}T${p.time}` : day];
}

function dateCheck(got: PublishedDate | null, accepted: (string | null)[]): boolean {
  if (got === null) return accepted.includes(null);
  return accepted.some((a) => a !== null && got.value === a);
}

/** Every extraction check the gold states for one page, against what extractScrapedText gives. */
export function checkSeed(gold: SeedGold, page: string, referenceTime: string): SeedCheck[] {
  const r = extractScrapedText(page, { input: gold.file, now: referenceTime, format: "text" });
  const checks: SeedCheck[] = [];
  const add = (check: string, pass: boolean, detail: string) => checks.push({ file: gold.file, check, pass, detail });
  add("title", (r.title ?? null) === gold.title, `got ${JSON.stringify(r.title ?? null)}`);
  add("author", (r.author?.join(", ") ?? null) === gold.author, `got ${JSON.stringify(r.author ?? null)}`);
  add("site", (r.site ?? null) === gold.site, `got ${JSON.stringify(r.site ?? null)}`);
  const accepted = acceptedDates(gold, referenceTime);
  add("date", dateCheck(r.published, accepted), `got ${r.published?.value ?? null}, accepted ${accepted.join(" or ")}`);
  add("body_first", r.text.startsWith(gold.body_first), `starts ${JSON.stringify(r.text.slice(0, 60))}`);
  add("body_last", r.text.endsWith(gold.body_last), `ends ${JSON.stringify(r.text.slice(-60))}`);
  for (const bad of gold.must_not_contain) {
    const leaked = r.text.includes(bad) || (r.title ?? "").includes(bad);
    add(`must_not_contain ${JSON.stringify(bad.slice(0, 30))}`, !leaked, leaked ? "present" : "absent");
  }
  if (gold.title_once && r.title) {
    const doubled = r.text.includes(r.title) || r.title.includes(`${r.title.slice(0, r.title.length / 2).trim()} ${r.title.slice(0, 10)}`);
    add("title_once", !doubled, doubled ? "title repeated" : "once");
  }
  return checks;
}

/** All checks for all seed pages. */
export function checkAllSeeds(): SeedCheck[] {
  const gold = readSeedsGold();
  return gold.seeds.flatMap((s) => checkSeed(s, readFileSync(sharedPath("seeds", s.file), "utf8"), gold.reference_time));
}

/** Share of a clean article's characters (spaces aside) that extractScrapedText keeps, per gold main text. */
export function cleanTextRetention(): { pages: number; mean: number; median: number; under80: number } {
  const ratios: number[] = [];
  const manifest = sharedPath("eval", "extraction", "manifest.jsonl");
  for (const line of readFileSync(manifest, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { main_text?: string | null; html: string };
    const gold = r.main_text ?? "";
    if (gold.length < 500) continue;
    const out = extractScrapedText(gold, { input: r.html, now: "2026-12-01T00:00:00Z", format: "text" });
    ratios.push(out.text.replace(/\s+/g, "").length / gold.replace(/\s+/g, "").length);
  }
  ratios.sort((a, b) => a - b);
  const n = ratios.length || 1;
  return {
    pages: ratios.length,
    mean: ratios.reduce((a, b) => a + b, 0) / n,
    median: ratios[Math.floor(ratios.length / 2)] ?? 0,
    under80: ratios.filter((x) => x < 0.8).length / n,
  };
}

export const suite: EvalSuite = {
  name: "seeds",
  description: "extraction checks of the five sample pages (gold.json): title, author, site, date, body bounds, boilerplate",
  requires: ["seeds", "eval/seeds/gold.json", "eval/extraction/manifest.jsonl"],
  async run() {
    const checks = checkAllSeeds();
    const files = [...new Set(checks.map((c) => c.file))];
    const kinds = ["title", "author", "site", "date", "body_first", "body_last", "must_not_contain", "title_once"];
    const rows = files.map((file) => {
      const mine = checks.filter((c) => c.file === file);
      return [
        file,
        ...kinds.map((k) => {
          const of = mine.filter((c) => c.check === k || c.check.startsWith(`${k} `));
          if (of.length === 0) return "–";
          const ok = of.filter((c) => c.pass).length;
          return of.length === 1 ? (ok ? "ok" : "FAIL") : `${ok}/${of.length}`;
        }),
      ];
    });
    const passed = checks.filter((c) => c.pass).length;
    const kept = cleanTextRetention();
    const pagesAllPass = files.filter((f) => checks.filter((c) => c.file === f).every((c) => c.pass)).length;
    return {
      tables: [
        { title: "Seed pages: extraction checks", columns: ["page", ...kinds], rows },
        {
          title: "Clean articles through the text extractor (gold main texts of ../shared/eval/extraction: nothing should go)",
          columns: ["pages", "mean kept", "median kept", "pages keeping < 80%"],
          rows: [[kept.pages, kept.mean, kept.median, kept.under80]],
        },
      ],
      metrics: {
        "seeds.extract.checks": passed / checks.length,
        "seeds.extract.pages": pagesAllPass / files.length,
        "text.clean.kept_mean": kept.mean,
      },
      notes: [
        `${passed}/${checks.length} checks pass; ${pagesAllPass}/${files.length} pages pass every check`,
        ...checks.filter((c) => !c.pass).map((c) => `FAIL ${c.file} ${c.check}: ${c.detail}`),
      ],
    };
  },
};
