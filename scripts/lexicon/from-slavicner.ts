// Lexicon entities from SlavicNER: one entity per cross-lingual id, with every base form and
// surface seen for it as aliases per language, and an English name read from the id.

import type { LexiconEntity } from "../../src/entities/link/lexicon.ts";
import type { EntityType } from "../../src/model/doc.ts";
import type { GoldMention } from "./slavicner.ts";

/** `PER-Theresa-May` → `Theresa May`; ids that are not English-like names keep their words. */
export function nameFromGoldId(id: string): string {
  return id
    .replace(/^(PER|ORG|LOC|GPE|EVT|PRO)-/u, "")
    .replace(/[-_]+/gu, " ")
    .trim();
}

/** `cn:` and the id in lowercase, anything but letters and digits as single dashes. */
export function slugId(id: string): string {
  const slug = id
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  return `cn:${slug}`;
}

function top<K>(counts: Map<K, number>): K {
  let best: K | undefined;
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best as K;
}

export function entitiesFromSlavicNer(mentions: GoldMention[]): LexiconEntity[] {
  const byId = new Map<string, { types: Map<EntityType, number>; aliases: Map<string, Map<string, number>> }>();
  for (const m of mentions) {
    let e = byId.get(m.id);
    if (!e) {
      e = { types: new Map(), aliases: new Map() };
      byId.set(m.id, e);
    }
    e.types.set(m.type, (e.types.get(m.type) ?? 0) + 1);
    let a = e.aliases.get(m.lang);
    if (!a) {
      a = new Map();
      e.aliases.set(m.lang, a);
    }
    a.set(m.lemma, (a.get(m.lemma) ?? 0) + 1);
    if (m.surface !== m.lemma) a.set(m.surface, (a.get(m.surface) ?? 0) + 1);
  }
  const out: LexiconEntity[] = [];
  for (const id of [...byId.keys()].sort()) {
    const e = byId.get(id)!;
    const aliases: LexiconEntity["aliases"] = {};
    for (const lang of [...e.aliases.keys()].sort()) {
      aliases[lang] = [...e.aliases.get(lang)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    }
    const name = nameFromGoldId(id);
    out.push({ id: slugId(id), name, type: top(e.types), aliases });
  }
  return out;
}
