// Seeds check through the whole pipeline: every mention listed in ../shared/eval/seeds/gold.json must be
// emitted in its page (exact surface, or every occurrence covered by a longer mention), and the mentions
// of each listed entity must share one id across all pages, each id with one display name.
// Run: npx tsx eval/entities/seeds-check.ts (prints what is missed and what splits).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleEntity } from "../../src/model/article.ts";
import { analyzeRaw } from "../../src/pipeline/analyze.ts";
import { SHARED_DIR } from "../shared.ts";

interface SeedGold {
  seeds: { file: string; lang: string; entities?: Record<string, string[]> }[];
}

export interface SeedsCheck {
  listed: number;
  found: number;
  /** `file entity: form` of gold mentions not emitted. */
  missed: string[];
  /** `entity: id1 (forms) | id2 (forms)` of entities whose found mentions carry more than one id. */
  split: string[];
  /** `id: name1 | name2` of ids shown with more than one display name. */
  names: string[];
}

export function seedsCheck(sharedDir: string): SeedsCheck {
  const gold = JSON.parse(readFileSync(join(sharedDir, "eval", "seeds", "gold.json"), "utf8")) as SeedGold;
  const out: SeedsCheck = { listed: 0, found: 0, missed: [], split: [], names: [] };
  const idsOf = new Map<string, Map<string, string[]>>();
  const namesOf = new Map<string, Set<string>>();
  for (const seed of gold.seeds) {
    const path = join(sharedDir, "seeds", seed.file);
    const raw = { input: path, path, format: "text" as const, bytes: readFileSync(path), hints: {} };
    const article = analyzeRaw(raw, { now: "2026-11-22T00:00:00Z", clock: "2026-11-22T00:00:00Z", noExtract: false });
    const text = article.text ?? "";
    const mentions: ArticleEntity[] = article.entities ?? [];
    for (const m of mentions) {
      const names = namesOf.get(m.id) ?? new Set<string>();
      names.add(m.name);
      namesOf.set(m.id, names);
    }
    for (const [entity, forms] of Object.entries(seed.entities ?? {})) {
      const ids = idsOf.get(entity) ?? new Map<string, string[]>();
      idsOf.set(entity, ids);
      for (const form of forms) {
        out.listed++;
        let hits = mentions.filter((m) => m.surface === form);
        if (hits.length === 0) {
          const at: number[] = [];
          for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) at.push(i);
          const cover = at.map((i) => mentions.find((m) => m.start <= i && i + form.length <= m.end));
          if (at.length > 0 && cover.every((m) => m !== undefined)) hits = cover as ArticleEntity[];
        }
        if (hits.length === 0) {
          out.missed.push(`${seed.file.slice(0, 3)} ${entity}: ${form}`);
          continue;
        }
        out.found++;
        for (const h of hits) {
          const list = ids.get(h.id) ?? [];
          if (!list.includes(`${h.surface}:${h.type}`)) list.push(`${h.surface}:${h.type}`);
          ids.set(h.id, list);
        }
      }
    }
  }
  for (const [entity, ids] of idsOf) {
    if (ids.size > 1) out.split.push(`${entity}: ${[...ids].map(([id, f]) => `${id} (${f.join(", ")})`).join(" | ")}`);
  }
  for (const [id, names] of namesOf) if (names.size > 1) out.names.push(`${id}: ${[...names].join(" | ")}`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = seedsCheck(SHARED_DIR);
  console.log(
    `seeds: ${r.found}/${r.listed} listed mentions found; ${r.split.length} entities split; ${r.names.length} ids with several names`,
  );
  for (const m of r.missed) console.log(`missed  ${m}`);
  for (const s of r.split) console.log(`split   ${s}`);
  for (const n of r.names) console.log(`names   ${n}`);
}
