// Bench: articles per second and peak RSS of `analyze` (the same reader, runner and worker pool as the CLI)
// on the seeds, the samples and SlavicNER's raw documents, with 1 job and with all cores; the 1-job run of
// each input set is the reference its speed-up is measured against. Each run is a child process (this file
// with `--child JOBS PATH...`), so peak RSS is per run. Wall-clock speed depends on what else the machine
// runs (the 1-minute load average is noted per row); CPU time per article does much less.

import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT, sharedPath } from "../../eval/shared.ts";
import { runAnalyze } from "../../src/cli/analyze-run.ts";
import { readInputs } from "../../src/read/read-inputs.ts";
import { measureChild, peakRssMb } from "../measure.ts";
import type { BenchSuite } from "../suite.ts";

const SELF = fileURLToPath(import.meta.url);
const CLOCK = "2026-01-01T00:00:00.000Z";
const MAX_BYTES = 20 * 1024 * 1024;
/** The five seeds alone measure start-up, not throughput: they are read this many times over. */
const SEED_REPEAT = 20;

interface InputSet {
  name: string;
  paths: string[];
}

function nonEmptyDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory() && readdirSync(path).length > 0;
}

function inputSets(): InputSet[] {
  const seeds = sharedPath("seeds");
  const seedFiles = existsSync(seeds)
    ? readdirSync(seeds)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => join(seeds, f))
    : [];
  return [
    { name: `seeds ×${SEED_REPEAT}`, paths: Array.from({ length: SEED_REPEAT }, () => seedFiles).flat() },
    { name: "samples", paths: nonEmptyDir(join(REPO_ROOT, "samples")) ? [join(REPO_ROOT, "samples")] : [] },
    { name: "slavicner raw", paths: nonEmptyDir(sharedPath("eval", "slavicner", "raw")) ? [sharedPath("eval", "slavicner", "raw")] : [] },
  ];
}

/** Child: what `crossnews analyze` does, with the output lines counted instead of printed. */
async function child(jobs: number, paths: string[]): Promise<Record<string, number>> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let outputChars = 0;
  const summary = await runAnalyze(readInputs(paths, { maxBytes: MAX_BYTES }), {
    analyze: { noExtract: false, clock: CLOCK },
    jobs,
    write: (line) => {
      outputChars += line.length + 1;
    },
    warn: () => {},
  });
  const cpu = process.cpuUsage(cpuStarted);
  return {
    seconds: (performance.now() - started) / 1000,
    // All threads of the process (workers included): comparable across runs even when the machine is busy.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    articles: summary.articles,
    failed: summary.failed,
    workers: summary.workers,
    outputChars,
    peakRssMb: peakRssMb(),
  };
}

export const bench: BenchSuite = {
  name: "analyze",
  description: "analyze throughput and peak memory, 1 job vs all cores (child processes; speed-up against the 1-job run)",
  requires: ["seeds"],
  async run() {
    const cores = Math.max(1, availableParallelism());
    const rows: (string | number | null)[][] = [];
    for (const set of inputSets()) {
      if (set.paths.length === 0) {
        rows.push([set.name, null, null, null, null, null, null, null, null, "skipped: no inputs"]);
        continue;
      }
      let reference: number | undefined;
      for (const jobs of cores > 1 ? [1, cores] : [1]) {
        const load = loadavg()[0];
        const m = measureChild(SELF, ["--child", String(jobs), ...set.paths]);
        const rate = m.articles / m.seconds;
        reference ??= rate;
        const notes = [`load ${load.toFixed(1)}`, `${m.workers} worker threads`, ...(m.failed > 0 ? [`${m.failed} inputs failed`] : [])];
        rows.push([
          set.name,
          jobs,
          m.articles,
          m.seconds,
          rate,
          rate / reference,
          m.cpuSeconds,
          (m.cpuSeconds / m.articles) * 1000,
          m.peakRssMb,
          notes.join(", "),
        ]);
      }
    }
    return [
      {
        title: `analyze (${cores} cores available)`,
        columns: [
          "inputs",
          "jobs",
          "articles",
          "seconds",
          "articles/s",
          "speed-up vs 1 job",
          "cpu s",
          "cpu ms/article",
          "peak RSS MB",
          "note",
        ],
        rows,
      },
    ];
  },
};

if (process.argv[1] === SELF && process.argv[2] === "--child") {
  const [jobs, ...paths] = process.argv.slice(3);
  process.stdout.write(`${JSON.stringify(await child(Number(jobs), paths))}\n`);
}
