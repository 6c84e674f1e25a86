// Running `analyze` over a stream of read items: in this thread at first, on a worker pool once there are
// enough articles and the analysis is heavy enough to repay starting workers; either way the lines come out
// in input order, so the output is the same byte for byte.

import { availableParallelism } from "node:os";
import type { RawDoc } from "../model/doc.ts";
import type { AnalyzeOptions } from "../pipeline/analyze.ts";
import { failureLine, isReadFailure, type ReadFailure, type ReadItem } from "../read/index.ts";
import type { LineResult } from "./analyze-line.ts";
import { createPool, type Pool } from "./pool.ts";

/** Worker threads start only after this many articles were analyzed in this thread (and more are coming). */
export const POOL_MIN_ARTICLES = 16;
/**
 * …and, under the `auto` policy, only once analysis in this thread took as long as loading the pipeline and
 * analyzing the first article did (what each worker pays again to start: tsx, the stage modules, their
 * resources), and at least this long.
 * Renting workers only after spending what buying them costs keeps the worst case within twice the best.
 */
export const POOL_MIN_INLINE_MS = 250;
/** Articles in flight per worker: enough to keep workers busy, few enough to bound memory. */
export const IN_FLIGHT_PER_WORKER = 4;

const WORKER_SCRIPT = new URL("./analyze-worker.js", import.meta.url);

export interface AnalyzeRunOptions {
  analyze: AnalyzeOptions;
  /** Worker threads; 1 analyzes in this thread. Default: available cores. */
  jobs?: number;
  /**
   * `auto` (default): use the pool when it pays (POOL_MIN_ARTICLES and POOL_MIN_INLINE_MS);
   * `always`: whenever there are more than POOL_MIN_ARTICLES articles (the CLI's choice when --jobs is given).
   */
  pool?: "auto" | "always";
  /** Receives each output line (without the newline), in input order. */
  write(line: string): void | Promise<void>;
  /** Receives each failure line (`input: reason`), in input order. */
  warn(line: string): void;
}

export interface AnalyzeSummary {
  articles: number;
  failed: number;
  /** Worker threads started (0 when everything ran in this thread; else jobs - 1, this thread being one job). */
  workers: number;
}

/** Analyze every item; failures are reported through `warn` and counted, the run goes on. */
export async function runAnalyze(items: AsyncIterable<ReadItem>, opts: AnalyzeRunOptions): Promise<AnalyzeSummary> {
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const policy = opts.pool ?? "auto";
  const summary: AnalyzeSummary = { articles: 0, failed: 0, workers: 0 };
  // The pipeline loads with the first article, not at startup, so a run of failures stays instant; its load
  // time plus the first article's (lazy resources) is the estimate of a worker's start-up cost.
  let analyzeToLine: typeof import("./analyze-line.ts").analyzeToLine | undefined;
  let poolMinInlineMs = POOL_MIN_INLINE_MS;
  const loadPipeline = async () => {
    const started = performance.now();
    ({ analyzeToLine } = await import("./analyze-line.ts"));
    poolMinInlineMs = Math.max(POOL_MIN_INLINE_MS, performance.now() - started);
    return analyzeToLine;
  };
  const emit = async (outcome: LineResult | ReadFailure) => {
    if ("line" in outcome) {
      summary.articles++;
      await opts.write(outcome.line);
    } else if ("failure" in outcome) {
      summary.failed++;
      opts.warn(`${outcome.failure.input}: ${outcome.failure.reason}`);
    } else {
      summary.failed++;
      opts.warn(failureLine(outcome));
    }
  };

  let pool: Pool<RawDoc, LineResult> | undefined;
  let inlineArticles = 0;
  let inlineMs = 0;
  const poolPays = () => jobs > 1 && inlineArticles >= POOL_MIN_ARTICLES && (policy === "always" || inlineMs >= poolMinInlineMs);
  // Once the pool runs, results wait here in input order; the head is written as soon as it is ready.
  const queue: (Promise<LineResult> | LineResult | ReadFailure)[] = [];
  let pooledArticles = 0;
  const drainOne = async () => {
    const head = queue.shift()!;
    await emit(head instanceof Promise ? await head : head);
  };
  try {
    for await (const item of items) {
      if (!pool && !isReadFailure(item) && poolPays()) {
        // This thread has the pipeline loaded already, so it is one of the `jobs`: jobs - 1 workers join it.
        pool = createPool<RawDoc, LineResult>(WORKER_SCRIPT, jobs - 1, opts.analyze);
        summary.workers = pool.size;
      }
      if (!pool) {
        if (isReadFailure(item)) await emit(item);
        else {
          const analyzeLine = analyzeToLine ?? (await loadPipeline());
          const started = performance.now();
          const outcome = analyzeLine(item, opts.analyze);
          const took = performance.now() - started;
          // Stages that load their resources on first use make the first article pay for it: so will each worker.
          if (inlineArticles === 0) poolMinInlineMs += took;
          inlineMs += took;
          inlineArticles++;
          await emit(outcome);
        }
        continue;
      }
      // Every jobs-th article stays here; the workers have theirs queued meanwhile.
      if (isReadFailure(item)) queue.push(item);
      else if (pooledArticles++ % jobs === 0) queue.push(analyzeToLine!(item, opts.analyze));
      else queue.push(pool.run(item));
      while (queue.length >= jobs * IN_FLIGHT_PER_WORKER) await drainOne();
    }
    while (queue.length > 0) await drainOne();
  } finally {
    await pool?.close();
  }
  return summary;
}
