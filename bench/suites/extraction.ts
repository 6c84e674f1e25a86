// Extraction speed and memory: crossnews's HTML cascade beside @mozilla/readability (+linkedom) on the
// ScrapingHub pages, each in its own child process (peak RSS is per process), plus synthetic 1 MB and
// 5 MB pages and a page of 50,000 nested elements to show that cost grows with size, not faster.
// Run as a child: `node --import tsx bench/suites/extraction.ts <system> <workload>` prints one JSON line.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { sharedPath } from "../../eval/shared.ts";
import type { Cell, EvalTable } from "../../eval/suite.ts";
import { extractHtml } from "../../src/extract/index.ts";
import { measureChild, peakRssMb } from "../measure.ts";
import type { BenchSuite } from "../suite.ts";

const NOW = "2026-01-01T00:00:00Z";
const SELF = fileURLToPath(import.meta.url);
/** Passes over the ScrapingHub pages per measurement (the first one warms the JIT up and is not timed). */
export const TIMED_PASSES = 2;

type System = "crossnews" | "readability";

function runSystem(system: System, html: string): number {
  if (system === "crossnews") return extractHtml(html, { input: "bench.html", now: NOW }).layer.text.length;
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return article?.textContent?.length ?? 0;
}

function scrapinghubPages(): string[] {
  const lines = readFileSync(sharedPath("eval", "extraction", "manifest.jsonl"), "utf8").split("\n");
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { dataset: string; html: string };
    if (rec.dataset === "scrapinghub") out.push(gunzipSync(readFileSync(sharedPath("eval", "extraction", rec.html))).toString("utf8"));
  }
  return out;
}

/** An article page of about `bytes`: nav, many paragraphs with links and commas, related lists, footer. */
export function syntheticPage(bytes: number): string {
  const para =
    "<p>The council met on Tuesday, and after a long debate, it agreed to fund the <a href='/x'>harbour</a> repairs, the new school roof and a bus line to the station.</p>";
  const furniture = "<div class='related'><ul><li><a href='/a'>Another story</a></li><li><a href='/b'>More news</a></li></ul></div>";
  const parts: string[] = [
    "<html><head><title>Big page | Site</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Big page</h1>",
  ];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const chunk = i % 20 === 19 ? furniture : para;
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push("</article><footer>© Site</footer></body></html>");
  return parts.join("");
}

/** A page whose paragraph sits under `depth` nested elements. */
export function nestedPage(depth: number): string {
  const p = "<p>Deep inside the page there is one long paragraph of text, written plainly, with commas and a full stop.</p>";
  return `<html><body>${"<div><span>".repeat(depth / 2)}${p}${"</span></div>".repeat(depth / 2)}</body></html>`;
}

function child(system: System, workload: string): void {
  const result: Record<string, number> = {};
  if (workload === "pages") {
    const pages = scrapinghubPages();
    for (const html of pages) runSystem(system, html);
    const started = performance.now();
    for (let pass = 0; pass < TIMED_PASSES; pass++) for (const html of pages) runSystem(system, html);
    result.seconds = (performance.now() - started) / 1000;
    result.pages = pages.length * TIMED_PASSES;
  } else {
    const html = workload === "deep" ? nestedPage(50_000) : syntheticPage(Number(workload) * 1024 * 1024);
    const started = performance.now();
    try {
      runSystem(system, html);
      result.seconds = (performance.now() - started) / 1000;
    } catch {
      result.seconds = -1;
    }
    result.pages = 1;
  }
  result.peakRssMb = peakRssMb();
  console.log(JSON.stringify(result));
}

const r2 = (x: number): number => Math.round(x * 100) / 100;

/** A single large page gets this long per system before it is reported as too slow, in seconds. */
export const PAGE_TIMEOUT_SECONDS = 90;

/** measureChild with a time limit: undefined when the child ran out of time or failed. */
function measureWithin(args: string[], seconds: number): { seconds: number; peakRssMb: number } | undefined {
  const result = spawnSync(process.execPath, ["--import", "tsx", SELF, ...args], {
    encoding: "utf8",
    timeout: seconds * 1000,
    killSignal: "SIGKILL",
  });
  if (result.status !== 0) return undefined;
  const last = result.stdout.trim().split("\n").at(-1) ?? "{}";
  const parsed = JSON.parse(last) as { seconds: number; peakRssMb: number };
  return parsed.seconds < 0 ? undefined : parsed;
}

export const bench: BenchSuite = {
  name: "extraction",
  description: "HTML extraction pages/s and peak RSS, crossnews beside readability+linkedom (child processes)",
  requires: ["eval/extraction/manifest.jsonl"],
  async run(): Promise<EvalTable[]> {
    const rows: Cell[][] = [];
    const speed: Record<string, number> = {};
    for (const system of ["crossnews", "readability"] as System[]) {
      const m = measureChild(SELF, [system, "pages"]);
      speed[system] = m.pages / m.seconds;
      rows.push([system, m.pages, r2(m.seconds), r2(m.pages / m.seconds), r2(m.peakRssMb)]);
    }
    const ratio = (speed.crossnews ?? 0) / (speed.readability ?? 1);
    const sizeRows: Cell[][] = [];
    for (const workload of ["1", "5", "deep"]) {
      const label = workload === "deep" ? "50,000 nested elements" : `synthetic ${workload} MB article`;
      const cells: Cell[] = [label];
      for (const system of ["crossnews", "readability"] as System[]) {
        const m = measureWithin([system, workload], PAGE_TIMEOUT_SECONDS);
        if (m) cells.push(r2(m.seconds), r2(m.peakRssMb));
        else cells.push(`> ${PAGE_TIMEOUT_SECONDS} s or failed`, null);
      }
      sizeRows.push(cells);
    }
    return [
      {
        title: `ScrapingHub pages (${TIMED_PASSES} timed passes after one warm-up); crossnews is ${r2(ratio)}× readability's pages/s`,
        columns: ["system", "pages", "seconds", "pages/s", "peak RSS MB"],
        rows,
      },
      {
        title: "Large and deep pages (one page per child process)",
        columns: ["page", "crossnews s", "crossnews RSS MB", "readability s", "readability RSS MB"],
        rows: sizeRows,
      },
    ];
  },
};

if (process.argv[1] && fileURLToPath(`file://${process.argv[1]}`) === SELF) {
  child(process.argv[2] as System, process.argv[3] ?? "pages");
}
