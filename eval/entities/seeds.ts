// Seeds: every mention listed in ../shared/eval/seeds/gold.json must be recognized (as a mention with
// exactly that surface) in its page, analysed as given with the shipped model.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NerModel } from "../../src/entities/recognize/model.ts";
import { recognize } from "../../src/entities/recognize/recognize.ts";

interface SeedGold {
  seeds: { file: string; lang: string; entities?: Record<string, string[]> }[];
}

export interface SeedResult {
  listed: number;
  found: number;
  missed: string[];
}

export function checkSeeds(sharedDir: string, model: NerModel): SeedResult {
  const gold = JSON.parse(readFileSync(join(sharedDir, "eval", "seeds", "gold.json"), "utf8")) as SeedGold;
  const out: SeedResult = { listed: 0, found: 0, missed: [] };
  for (const seed of gold.seeds) {
    const text = readFileSync(join(sharedDir, "seeds", seed.file), "utf8");
    const surfaces = new Set(recognize(model, text, seed.lang).spans.map((s) => s.surface));
    for (const [entity, forms] of Object.entries(seed.entities ?? {})) {
      for (const form of forms) {
        out.listed++;
        if (surfaces.has(form)) out.found++;
        else out.missed.push(`${seed.file.slice(0, 3)} ${entity}: ${form}`);
      }
    }
  }
  return out;
}
