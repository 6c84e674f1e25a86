// One RawDoc to its output line: the schema-1 article as JSON, or the failure naming the input and reason.
// Shared by the main thread (small inputs) and the workers, so both give byte-identical output.

import type { RawDoc } from "../model/doc.ts";
import { isCrossnewsError } from "../model/message.ts";
import { type AnalyzeOptions, analyzeRaw } from "../pipeline/analyze.ts";

export type LineResult = { line: string } | { failure: { input: string; code: string; reason: string } };

export function analyzeToLine(raw: RawDoc, opts: AnalyzeOptions): LineResult {
  try {
    return { line: JSON.stringify(analyzeRaw(raw, opts)) };
  } catch (error) {
    if (isCrossnewsError(error)) return { failure: { input: error.input || raw.input, code: error.code, reason: error.reason } };
    // Stages record their own bugs as messages; anything else escaping is still one input's failure, not the run's.
    const detail = error instanceof Error ? error.message : String(error);
    return { failure: { input: raw.input, code: "pipeline/stage-failed", reason: `analysis failed: ${detail}` } };
  }
}
