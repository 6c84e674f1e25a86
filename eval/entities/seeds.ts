// Seeds: every mention listed in ../shared/eval/seeds/gold.json must be recognized in its page, analysed
// as given with the shipped model: as a mention with exactly that surface, or, where the form only
// occurs inside a longer name ("Lukashenko" in "Alexander Lukashenko"), with every occurrence covered.

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
  /** Found only inside longer recognized mentions. */
  inside: number;
  missed: string[];
}

export function checkSeeds(sharedDir: string, model: NerModel): SeedResult {
  const gold = JSON.parse(readFileSync(join(sharedDir, "eval", "seeds", "gold.json"), "utf8")) as SeedGold;
  const out: SeedResult = { listed: 0, found: 0, inside: 0, missed: [] };
  for (const seed of gold.seeds) {
    const text = readFileSync(join(sharedDir, "seeds", seed.file), "utf8");
    const spans = recognize(model, text, seed.lang).spans;
    const surfaces = new Set(spans.map((s) => s.surface));
    const covered = (at: number, len: number) => spans.some((s) => s.start <= at && at + len <= s.end);
    for (const [entity, forms] of Object.entries(seed.entities ?? {})) {
      for (const form of forms) {
        out.listed++;
        if (surfaces.has(form)) {
          out.found++;
          continue;
        }
        const at: number[] = [];
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) at.push(i);
        if (at.length > 0 && at.every((i) => covered(i, form.length))) {
          out.found++;
          out.inside++;
        } else out.missed.push(`${seed.file.slice(0, 3)} ${entity}: ${form}`);
      }
    }
  }
  return out;
}
