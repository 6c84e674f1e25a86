// The default per-article pipeline, in order. Each stage lives in its own folder under src/;
// a stage joins this list when its real implementation lands (no placeholder layers, ever).

import { entitiesStage } from "../entities/index.ts";
import { extractStage } from "../extract/index.ts";
import { langStage } from "../lang/stage.ts";
import { decodeStage } from "../read/decode.ts";
import { textStage } from "../text/stage.ts";
import type { Stage } from "./stage.ts";

export const DEFAULT_STAGES: readonly Stage[] = [decodeStage, extractStage, langStage, textStage, entitiesStage];
