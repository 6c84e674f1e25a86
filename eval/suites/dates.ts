// npm run eval -- dates: publication dates of HTML pages (findPublishedDate) against the htmldate set
// (dates.jsonl) and the WCXB development pages that have a date: exact-day accuracy and coverage.

import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseDocument } from "htmlparser2";
import { findPublishedDate } from "../../src/extract/date/index.ts";
import { decodeBytes } from "../../src/read/decode.ts";
import { sharedPath } from "../shared.ts";
import type { Cell, EvalSuite } from "../suite.ts";

/** The reference time for pages that carry none: after every page of both sets was saved. */
export const EVAL_NOW = "2026-12-01T00:00:00Z";

interface Page {
  url: string;
  html: string;
  published: string;
}

function readPages(file: string, filter: (r: Record<string, unknown>) => boolean): Page[] {
  return readFileSync(sharedPath("eval", "extraction", file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => filter(r) && typeof r.published === "string" && r.published)
    .map((r) => ({ url: String(r.url), html: String(r.html), published: String(r.published).slice(0, 10) }));
}

interface Score {
  rows: Cell[];
  accuracy: number;
  coverage: number;
  misses: string[];
}

function scorePages(name: string, pages: Page[]): Score {
  let found = 0;
  let exact = 0;
  const byEvidence = new Map<string, { n: number; ok: number }>();
  const misses: string[] = [];
  for (const page of pages) {
    const bytes = gunzipSync(readFileSync(sharedPath("eval", "extraction", page.html)));
    const { content } = decodeBytes(bytes, { format: "html", input: page.html });
    const date = findPublishedDate({ dom: parseDocument(content), url: page.url, now: EVAL_NOW });
    if (!date) {
      misses.push(`${page.html}: none (gold ${page.published})`);
      continue;
    }
    found++;
    const ok = date.value.slice(0, 10) === page.published;
    if (ok) exact++;
    else misses.push(`${page.html}: ${date.value} by ${date.evidence} (gold ${page.published})`);
    const key = date.evidence.replace(/^meta:.*/, "meta");
    const e = byEvidence.get(key) ?? { n: 0, ok: 0 };
    e.n++;
    if (ok) e.ok++;
    byEvidence.set(key, e);
  }
  const n = pages.length;
  const evidence = [...byEvidence.entries()]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([k, v]) => `${k} ${v.ok}/${v.n}`)
    .join(", ");
  return {
    rows: [name, n, exact / n, found / n, found ? exact / found : 0, evidence],
    accuracy: exact / n,
    coverage: found / n,
    misses,
  };
}

export const suite: EvalSuite = {
  name: "dates",
  description: "publication dates from HTML: exact day and coverage (htmldate set, WCXB dev)",
  requires: ["eval/extraction/dates.jsonl", "eval/extraction/manifest.jsonl"],
  async run(args) {
    const htmldate = scorePages(
      "htmldate",
      readPages("dates.jsonl", () => true),
    );
    const wcxb = scorePages(
      "wcxb-dev",
      readPages("manifest.jsonl", (r) => r.dataset === "wcxb-dev"),
    );
    const notes = [`reference time ${EVAL_NOW}; accuracy counts a missing date as wrong; htmldate itself gets 0.92 on the htmldate set`];
    if (args.includes("--misses")) notes.push(...htmldate.misses, ...wcxb.misses);
    return {
      tables: [
        {
          title: "Publication date (exact day)",
          columns: ["set", "pages", "exact-day accuracy", "coverage", "accuracy when found", "by evidence (right/found)"],
          rows: [htmldate.rows, wcxb.rows],
        },
      ],
      metrics: {
        "dates.htmldate.accuracy": htmldate.accuracy,
        "dates.htmldate.coverage": htmldate.coverage,
        "dates.wcxb.accuracy": wcxb.accuracy,
        "dates.wcxb.coverage": wcxb.coverage,
      },
      notes,
    };
  },
};
