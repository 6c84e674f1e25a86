// Bench: articles per second and peak RSS of `ingest` into a fresh database, beside `analyze` of the
// same inputs in the same run (the reference), on the seeds, the samples and SlavicNER's raw documents;
// then `ingest --reanalyze` of the same inputs, which reads the store's names as corpus evidence.
// Each measurement runs in its own child process: this file, run with `--child analyze|ingest PATH...`.

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT, sharedPath } from "../../eval/shared.ts";
import { storedCorpusNames } from "../../src/cli/corpus-evidence.ts";
import { ingest } from "../../src/cli/ingest.ts";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.ts";
import { measureChild, peakRssMb } from "../measure.ts";
import type { BenchSuite } from "../suite.ts";
import { analyzeChild } from "./analyze.ts";

const SELF = fileURLToPath(import.meta.url);
const CLOCK = "2026-01-01T00:00:00.000Z";
const MAX_BYTES = 20 * 1024 * 1024;

interface InputSet {
  name: string;
  path: string;
  jobs: number;
}

/** One core everywhere (the per-core figure); the big set also on two worker threads. */
function inputSets(): InputSet[] {
  const slavicner = sharedPath("eval", "slavicner", "raw");
  return [
    { name: "seeds", path: sharedPath("seeds"), jobs: 1 },
    { name: "samples", path: join(REPO_ROOT, "samples"), jobs: 1 },
    { name: "slavicner raw", path: slavicner, jobs: 1 },
    { name: "slavicner raw", path: slavicner, jobs: 2 },
  ];
}

function isNonEmptyDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory() && readdirSync(path).length > 0;
}

/** Child: ingest every input into a fresh database with the default batch size. */
async function childIngest(jobs: number, paths: string[]): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "crossnews-bench-"));
  const dbPath = join(dir, "bench.db");
  try {
    const store = SqliteStore.open(dbPath);
    const run = (reanalyze: boolean) =>
      ingest({
        inputs: paths,
        store,
        batchSize: 200,
        jobs,
        maxBytes: MAX_BYTES,
        reanalyze,
        analyze: { noExtract: false, clock: CLOCK },
        stderr: { isTTY: false, write: () => true },
      });
    const started = performance.now();
    const summary = await run(false);
    const seconds = (performance.now() - started) / 1000;
    const names = (await storedCorpusNames(store)).size;
    const again = performance.now();
    await run(true);
    const reanalyzeSeconds = (performance.now() - again) / 1000;
    await store.close();
    const dbMb = ["", "-wal"].reduce((mb, suffix) => mb + (existsSync(dbPath + suffix) ? statSync(dbPath + suffix).size / 2 ** 20 : 0), 0);
    const articles = summary.new + summary.unchanged + summary.newVersions + summary.reanalyzed;
    return { seconds, articles, dbMb, peakRssMb: peakRssMb(), reanalyzeSeconds, names };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench: BenchSuite = {
  name: "ingest",
  description: "ingest into a fresh SQLite store vs analyze of the same inputs (same runner and jobs, child processes)",
  requires: ["seeds"],
  async run() {
    const rows: (string | number | null)[][] = [];
    for (const set of inputSets()) {
      if (!isNonEmptyDir(set.path)) {
        rows.push([set.name, set.jobs, null, null, null, null, null, null, null, null, null, "skipped: no inputs"]);
        continue;
      }
      const analyze = measureChild(SELF, ["--child", "analyze", String(set.jobs), set.path]);
      const stored = measureChild(SELF, ["--child", "ingest", String(set.jobs), set.path]);
      const analyzeRate = analyze.articles / analyze.seconds;
      const ingestRate = stored.articles / stored.seconds;
      rows.push([
        set.name,
        set.jobs,
        stored.articles,
        analyzeRate,
        analyze.peakRssMb,
        ingestRate,
        stored.peakRssMb,
        ingestRate / analyzeRate,
        stored.dbMb,
        stored.articles / (stored.reanalyzeSeconds ?? Number.NaN),
        stored.names ?? null,
        "",
      ]);
    }
    return [
      {
        title: "ingest vs analyze (articles/s, peak RSS MB)",
        columns: [
          "inputs",
          "jobs",
          "articles",
          "analyze art/s",
          "analyze MB",
          "ingest art/s",
          "ingest MB",
          "ingest/analyze",
          "db MB",
          "reanalyze art/s",
          "evidence names",
          "note",
        ],
        rows,
      },
    ];
  },
};

if (process.argv[1] === SELF && process.argv[2] === "--child") {
  const [mode, jobs, ...paths] = process.argv.slice(3);
  const result = mode === "ingest" ? await childIngest(Number(jobs), paths) : await analyzeChild(Number(jobs), paths);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
