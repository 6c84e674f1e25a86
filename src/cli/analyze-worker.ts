// The analysis worker: runs the default pipeline on RawDocs posted by the pool and answers with the
// finished JSON line, or the failure line, so the main thread only orders and writes.

import { parentPort, workerData } from "node:worker_threads";
import type { RawDoc } from "../model/doc.ts";
import type { AnalyzeOptions } from "../pipeline/analyze.ts";
import { analyzeToLine, type LineResult } from "./analyze-line.ts";

const opts = workerData as AnalyzeOptions;

parentPort?.on("message", (message: { id: number; task: RawDoc }) => {
  const result: LineResult = analyzeToLine(message.task, opts);
  parentPort?.postMessage({ id: message.id, result });
});
