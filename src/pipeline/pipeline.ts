// Runs named stages in order over one document, checking at construction that every layer a stage
// requires is added by an earlier one (after spaCy's pipe_analysis). Given the layers its caller wants,
// a pipeline runs only the stages those layers need, directly or through what later stages require.

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

/**
 * The stages, in order, that add a layer of `wanted` or one a kept later stage requires. A stage that
 * adds nothing is kept (it may only report messages). Pure bookkeeping over the declarations.
 */
export function neededStages(stages: readonly Stage[], wanted: readonly LayerName[]): Stage[] {
  const needed = new Set<LayerName>(wanted);
  const kept: Stage[] = [];
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i] as Stage;
    if (stage.adds.length > 0 && !stage.adds.some((layer) => needed.has(layer))) continue;
    kept.push(stage);
    for (const layer of stage.requires) needed.add(layer);
  }
  return kept.reverse();
}

/**
 * A pipeline of `stages`; with `wanted`, of only the stages those layers need (`neededStages`), so a
 * layer nothing reads (the text layer, before the stages that use it land) costs nothing.
 */
export function createPipeline(stages: readonly Stage[], wanted?: readonly LayerName[]): Pipeline {
  checkStageOrder(stages);
  if (wanted) stages = neededStages(stages, wanted);
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
