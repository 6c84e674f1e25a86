// npm run train -- entities [--epochs=N] [--buckets=2^N] [--factrueval] [--bags=N] [--out=path]: trains the
// entity recognizer on all six SlavicNER topics, wikigold and the place lists of ../shared/eval, with
// word clusters learned from unlabelled text there, and writes resources/entities/ner-model.bin.gz.
// Deterministic (fixed seed); a few minutes on one core.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, sharedPath } from "../eval/shared.ts";
import { induceClusters } from "../src/entities/recognize/clusters.ts";
import { listTopics } from "../src/entities/recognize/corpus/slavicner.ts";
import { buildTrainingSet } from "../src/entities/recognize/corpus/training-set.ts";
import { unlabelledTexts } from "../src/entities/recognize/corpus/unlabelled.ts";
import { serializeModel } from "../src/entities/recognize/model.ts";
import { NER_MODEL_FILE } from "../src/entities/recognize/shipped.ts";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../src/entities/recognize/train.ts";

/** Settings of the shipped model, shared with the evaluation folds so they measure the same thing. */
export const SHIPPED_TRAINING = { epochs: 4, bucketsLog2: 20, factRuEval: false, bags: 1, englishRepeat: 1 };

function flag(args: string[], name: string): string | undefined {
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export async function trainEntities(args: string[]): Promise<void> {
  const started = performance.now();
  const log = (line: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const evalDir = sharedPath("eval");
  const topics = listTopics(join(evalDir, "slavicner"));
  const epochs = Number(flag(args, "epochs") ?? SHIPPED_TRAINING.epochs);
  const buckets = 2 ** Number(flag(args, "buckets") ?? SHIPPED_TRAINING.bucketsLog2);
  const factRuEval = args.includes("--factrueval") || SHIPPED_TRAINING.factRuEval;
  const bags = Number(flag(args, "bags") ?? SHIPPED_TRAINING.bags);
  const set = buildTrainingSet({ evalDir, topics, factRuEval, wikigoldRepeat: SHIPPED_TRAINING.englishRepeat });
  log(`training set: ${JSON.stringify(set.sources)}; gazetteer ${set.gazetteer.tokens.size} tokens, ${set.gazetteer.phrases.size} phrases`);
  const clusters = induceClusters(unlabelledTexts(evalDir, topics), { log });
  log(`word clusters: ${clusters.size} words`);
  const model = trainModel(set.docs, set.gazetteer, clusters, {
    epochs,
    buckets,
    bags,
    log,
    langs: DEFAULT_TRAIN_OPTIONS.langs,
    meta: {
      data: [
        "SlavicNER (all six topics)",
        "wikigold (CC BY 4.0)",
        "GeoNames/ISO 3166 names",
        "word clusters from unlabelled text: SlavicNER, ScrapingHub (MIT) and WCXB (CC BY 4.0) article bodies, FactRuEval raw texts (MIT)",
        ...(factRuEval ? ["FactRuEval (MIT)"] : []),
      ],
      sources: set.sources,
      epochs,
      buckets,
      bags,
    },
  });
  const out = flag(args, "out") ?? join(REPO_ROOT, "resources", "entities", NER_MODEL_FILE);
  const bytes = serializeModel(model);
  writeFileSync(out, bytes);
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
}
