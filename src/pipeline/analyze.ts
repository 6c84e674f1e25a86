// One call from a RawDoc to the emitted article, with the default stages.

import { ARTICLE_LAYERS, type Article, toArticle } from "../model/article.ts";
import type { Doc, RawDoc } from "../model/doc.ts";
import { createPipeline, type Pipeline } from "./pipeline.ts";
import type { StageContext } from "./stage.ts";
import { DEFAULT_STAGES } from "./stages.ts";

let defaultPipeline: Pipeline | undefined;

/** The pipeline of the default stages that the emitted article needs (ARTICLE_LAYERS). */
export function getDefaultPipeline(): Pipeline {
  defaultPipeline ??= createPipeline(DEFAULT_STAGES, ARTICLE_LAYERS);
  return defaultPipeline;
}

export interface AnalyzeOptions extends StageContext {
  /** Reference time from --now; when absent the file's mtime, else `clock`. */
  now?: string;
  /** The current time, read by the CLI at the edge (stages never read the clock). */
  clock: string;
}

export function referenceTime(raw: RawDoc, opts: AnalyzeOptions): { value: string; source: string } {
  if (opts.now) return { value: opts.now, source: "flag" };
  if (raw.mtime) return { value: raw.mtime, source: "mtime" };
  return { value: opts.clock, source: "clock" };
}

export function analyzeDoc(raw: RawDoc, opts: AnalyzeOptions, pipeline: Pipeline = getDefaultPipeline()): Doc {
  return pipeline.run(raw, referenceTime(raw, opts), opts);
}

export function analyzeRaw(raw: RawDoc, opts: AnalyzeOptions, pipeline?: Pipeline): Article {
  return toArticle(analyzeDoc(raw, opts, pipeline));
}
