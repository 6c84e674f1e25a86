// Lexicon entities from SlavicNER: one entity per cross-lingual id, with every base form and
// surface seen for it as aliases per language, and an English name read from the id. Ids that spell
// one name two ways are joined afterwards (mergeSpellingVariants, mergePeopleByFullName).

import type { LexiconEntity } from "../../src/entities/link/lexicon.ts";
import { aliasForm, isUsableKey, nameKey } from "../../src/entities/link/name-key.ts";
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

function mentionCount(e: LexiconEntity): number {
  let n = 0;
  for (const list of Object.values(e.aliases)) for (const [, c] of list) n += c;
  return n;
}

/** Adds `other`'s aliases and their counts to `target`'s (an entity joining another). */
function addAliases(target: LexiconEntity, other: LexiconEntity): void {
  for (const [lang, list] of Object.entries(other.aliases)) {
    const mine = target.aliases[lang] ?? [];
    target.aliases[lang] = mine;
    for (const [n, c] of list) {
      const f = mine.find((a) => a[0] === n);
      if (f) f[1] += c;
      else mine.push([n, c]);
    }
  }
}

/**
 * Joins ids that are spelling variants of one name (GPE-Kiev and GPE-Kyiv): same type, same key of
 * the English name, and an exact alias in common, or the same English name under another prefix
 * (GPE-Crimea, LOC-Crimea: topics' annotators tell places and political units apart differently).
 * People are left apart (namesakes share aliases).
 */
export function mergeSpellingVariants(entities: LexiconEntity[]): LexiconEntity[] {
  const groups = new Map<string, LexiconEntity[]>();
  for (const e of entities) {
    if (e.type === "PER") continue;
    const k = `${e.type}\t${nameKey(e.name)}`;
    const g = groups.get(k) ?? [];
    g.push(e);
    groups.set(k, g);
  }
  const gone = new Set<LexiconEntity>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.sort((a, b) => mentionCount(b) - mentionCount(a));
    const target = g[0];
    const forms = new Set(Object.values(target.aliases).flatMap((l) => l.map(([n]) => aliasForm(n))));
    for (const other of g.slice(1)) {
      const sameName = aliasForm(other.name) === aliasForm(target.name);
      const shares = sameName || Object.values(other.aliases).some((l) => l.some(([n]) => forms.has(aliasForm(n))));
      if (!shares) continue;
      addAliases(target, other);
      gone.add(other);
    }
  }
  return entities.filter((e) => !gone.has(e));
}

/**
 * Joins people whose ids differ but whose full names (two words or more, as lemmas in any language)
 * have the same cross-script key: the topics' annotators spelled one person's id their own way
 * (PER-Dmitry-Peskov, PER-Dmitrij-Pieskow). A surname alone never joins (namesakes share surnames);
 * a full name's key shared across topics is one person in news. The entity with more mentions keeps its id.
 */
export function mergePeopleByFullName(entities: LexiconEntity[]): LexiconEntity[] {
  const people = entities.filter((e) => e.type === "PER").sort((a, b) => mentionCount(b) - mentionCount(a));
  const owner = new Map<string, LexiconEntity>();
  const into = new Map<LexiconEntity, LexiconEntity>();
  const root = (e: LexiconEntity): LexiconEntity => {
    let r = e;
    while (into.has(r)) r = into.get(r) as LexiconEntity;
    return r;
  };
  for (const e of people) {
    for (const [lang, list] of Object.entries(e.aliases)) {
      for (const [name] of list) {
        const key = nameKey(name, lang === "*" ? undefined : lang);
        // A full name's key, as LexiconBuilder joins people of the later sources (merge.ts).
        if (!key.includes(" ") || !isUsableKey(key)) continue;
        const prev = owner.get(key);
        if (prev === undefined) owner.set(key, e);
        else if (root(prev) !== root(e)) into.set(root(e), root(prev));
      }
    }
  }
  if (into.size === 0) return entities;
  for (const e of people) {
    const target = root(e);
    if (target === e) continue;
    addAliases(target, e);
  }
  return entities.filter((e) => e.type !== "PER" || root(e) === e);
}
