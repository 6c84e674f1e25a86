// Collects lexicon entities from several sources: an entity from a later source joins an earlier
// one of the same type when they share an exact alias in one language (or, for people, the
// cross-script key of the full name); otherwise it is added as a new entity.

import type { AliasData, LexiconEntity } from "../../src/entities/link/lexicon.ts";
import { aliasForm, isUsableKey, nameKey } from "../../src/entities/link/name-key.ts";

export interface MergeResult {
  entity: LexiconEntity;
  joined: boolean;
}

function addAlias(e: LexiconEntity, lang: string, name: string, count: number): void {
  const list = e.aliases[lang] ?? [];
  e.aliases[lang] = list;
  const found = list.find((a) => a[0] === name);
  if (found) found[1] = Math.max(found[1], count);
  else list.push([name, count] as AliasData);
}

export class LexiconBuilder {
  readonly entities: LexiconEntity[] = [];
  readonly #byAlias = new Map<string, LexiconEntity>();
  readonly #byPersonKey = new Map<string, LexiconEntity>();
  readonly #ids = new Set<string>();
  readonly #renamed = new Set<LexiconEntity>();

  /** Adds an entity as is (the first source), indexing its aliases. */
  add(e: LexiconEntity): void {
    this.entities.push(e);
    this.#ids.add(e.id);
    this.#index(e);
  }

  #index(e: LexiconEntity): void {
    for (const [lang, aliases] of Object.entries(e.aliases)) {
      for (const [name, count] of aliases) {
        const k = `${e.type}\t${lang}\t${aliasForm(name)}`;
        const prev = this.#byAlias.get(k);
        if (!prev || aliasCount(prev, lang, name) < count) this.#byAlias.set(k, e);
        if (e.type === "PER") {
          const key = nameKey(name, lang === "*" ? undefined : lang);
          if (key.includes(" ") && isUsableKey(key) && !this.#byPersonKey.has(key)) this.#byPersonKey.set(key, e);
        }
      }
    }
  }

  /**
   * Merges `e` into the entity it names if there is one, else adds it. The joined entity takes
   * `e`'s English name when `preferName` (gazetteers spell names better than ids do).
   */
  merge(e: LexiconEntity, preferName = false): MergeResult {
    const target = this.#find(e);
    if (!target) {
      let id = e.id;
      for (let i = 2; this.#ids.has(id); i++) id = `${e.id}-${i}`;
      const added = { ...e, id };
      this.add(added);
      if (preferName) this.#renamed.add(added);
      return { entity: e, joined: false };
    }
    for (const [lang, aliases] of Object.entries(e.aliases)) for (const [name, count] of aliases) addAlias(target, lang, name, count);
    // The first (biggest) place of that name names it; later, smaller namesakes do not.
    if (preferName && !this.#renamed.has(target)) {
      target.name = e.name;
      this.#renamed.add(target);
    }
    this.#index(target);
    return { entity: target, joined: true };
  }

  /** The entity sharing the most alias weight with `e` (exact forms), else for people one sharing a full-name key. */
  #find(e: LexiconEntity): LexiconEntity | undefined {
    const shared = new Map<LexiconEntity, number>();
    for (const [lang, aliases] of Object.entries(e.aliases)) {
      for (const [name] of aliases) {
        const hit = this.#byAlias.get(`${e.type}\t${lang}\t${aliasForm(name)}`);
        if (hit) shared.set(hit, (shared.get(hit) ?? 0) + aliasCount(hit, lang, name) + 1);
      }
    }
    let best: LexiconEntity | undefined;
    let weight = 0;
    for (const [hit, w] of shared) if (w > weight) [best, weight] = [hit, w];
    if (best || e.type !== "PER") return best;
    for (const [lang, aliases] of Object.entries(e.aliases)) {
      for (const [name] of aliases) {
        const key = nameKey(name, lang === "*" ? undefined : lang);
        const hit = key.includes(" ") ? this.#byPersonKey.get(key) : undefined;
        if (hit) return hit;
      }
    }
    return undefined;
  }
}

function aliasCount(e: LexiconEntity, lang: string, name: string): number {
  return e.aliases[lang]?.find((a) => a[0] === name)?.[1] ?? 0;
}
