// Runs named stages in order over one document, checking at construction that every layer a stage
// requires is added by an earlier one (after spaCy's pipe_analysis).

import type { Doc, LayerName, RawDoc } from "../model/doc.ts";
import { CrossnewsError, isCrossnewsError, makeMessage } from "../model/message.ts";
import type { Stage, StageContext } from "./stage.ts";

export interface Pipeline {
  stages: readonly Stage[];
  run(raw: RawDoc, now: { value: string; source: string }, ctx: StageContext): Doc;
}

export function checkStageOrder(stages: readonly Stage[]): void {
  const available = new Set<LayerName>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!available.has(layer)) throw new CrossnewsError("pipeline/bad-order", "pipeline", { stage: stage.name, layer });
    }
    for (const layer of stage.adds) available.add(layer);
  }
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  checkStageOrder(stages);
  return {
    stages,
    run(raw, now, ctx) {
      let doc: Doc = { raw, now: now.value, nowSource: now.source, messages: [] };
      for (const stage of stages) {
        try {
          doc = stage.run(doc, ctx);
        } catch (error) {
          // A fatal problem of the input (undecodable, binary) ends this document only.
          if (isCrossnewsError(error)) throw error;
          // A bug in a later stage must not lose what earlier stages found: record it and stop here.
          const detail = error instanceof Error ? error.message : String(error);
          doc = {
            ...doc,
            messages: [...doc.messages, makeMessage("pipeline/stage-failed", "warning", raw.input, { stage: stage.name, detail })],
          };
          break;
        }
      }
      return doc;
    },
  };
}
