// Running `analyze` over a stream of read items: in this thread for small inputs, on a worker pool when
// there are enough articles; either way the lines come out in input order, so output is deterministic.

import { availableParallelism } from "node:os";
import type { RawDoc } from "../model/doc.ts";
import type { AnalyzeOptions } from "../pipeline/analyze.ts";
import { failureLine, isReadFailure, type ReadItem } from "../read/index.ts";
import { analyzeToLine, type LineResult } from "./analyze-line.ts";
import { createPool, type Pool } from "./pool.ts";

/** Worker threads start only when there are more articles than this (starting a worker costs ~100 ms). */
export const POOL_MIN_ARTICLES = 16;
/** Articles in flight per worker: enough to keep workers busy, few enough to bound memory. */
export const IN_FLIGHT_PER_WORKER = 4;

const WORKER_SCRIPT = new URL("./analyze-worker.js", import.meta.url);

export interface AnalyzeRunOptions {
  analyze: AnalyzeOptions;
  /** Worker threads; 1 analyzes in this thread. Default: available cores. */
  jobs?: number;
  /** Receives each output line (without the newline), in input order. */
  write(line: string): void | Promise<void>;
  /** Receives each failure line (`input: reason`), in input order. */
  warn(line: string): void;
}

export interface AnalyzeSummary {
  articles: number;
  failed: number;
}

type Outcome = Promise<LineResult>;

/** Analyze every item; failures are reported through `warn` and counted, the run goes on. */
export async function runAnalyze(items: AsyncIterable<ReadItem>, opts: AnalyzeRunOptions): Promise<AnalyzeSummary> {
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  const summary: AnalyzeSummary = { articles: 0, failed: 0 };
  const iterator = items[Symbol.asyncIterator]();
  // Read ahead until it is clear whether a pool pays off.
  const head: ReadItem[] = [];
  let docs = 0;
  let done = false;
  while (jobs > 1 && docs <= POOL_MIN_ARTICLES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    if (!isReadFailure(next.value)) docs++;
  }
  const pool: Pool<RawDoc, LineResult> | undefined =
    jobs > 1 && docs > POOL_MIN_ARTICLES ? createPool<RawDoc, LineResult>(WORKER_SCRIPT, jobs, opts.analyze) : undefined;
  const analyze = (raw: RawDoc): Outcome => (pool ? pool.run(raw) : Promise.resolve(analyzeToLine(raw, opts.analyze)));

  const queue: (Outcome | ReadItem)[] = [];
  const maxInFlight = pool ? pool.size * IN_FLIGHT_PER_WORKER : 1;
  const emit = async (outcome: LineResult) => {
    if ("line" in outcome) {
      summary.articles++;
      await opts.write(outcome.line);
    } else {
      summary.failed++;
      opts.warn(`${outcome.failure.input}: ${outcome.failure.reason}`);
    }
  };
  const drainOne = async () => {
    const first = queue.shift()!;
    if (first instanceof Promise) await emit(await first);
    else if (isReadFailure(first)) {
      summary.failed++;
      opts.warn(failureLine(first));
    }
  };
  const push = async (item: ReadItem) => {
    queue.push(isReadFailure(item) ? item : analyze(item));
    while (queue.length >= maxInFlight) await drainOne();
  };
  try {
    for (const item of head) await push(item);
    if (!done) {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) await push(next.value);
    }
    while (queue.length > 0) await drainOne();
  } finally {
    await pool?.close();
  }
  return summary;
}
