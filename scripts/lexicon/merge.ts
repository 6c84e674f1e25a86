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
  /** Entities of the first source (annotated news), which a gazetteer entry may show to be one. */
  readonly #annotated = new Set<LexiconEntity>();
  /** Entities a country entry made or joined: another place joins them only under all their names (`merge`). */
  readonly #countries = new Set<LexiconEntity>();

  /** Adds an entity as is (the first source), indexing its aliases. */
  add(e: LexiconEntity): void {
    this.#insert(e);
    this.#annotated.add(e);
  }

  #insert(e: LexiconEntity): void {
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
    const country = isCountryEntry(e);
    const found = this.#find(e);
    // A region or city that shares some names with a country is not that country: the ISO table names the
    // US state of Georgia "Грузія" in Ukrainian, and joining it gave the country the Russian "Джорджия".
    // One whose every name is the country's is it (Puerto Rico, a US region and a country of the table).
    const target = found && this.#countries.has(found) && !country && !namesAllIn(e, found) ? undefined : found;
    // A populated place that names two annotated entities makes them one when all the names of one are
    // its own: the annotators spelled one city's id two ways (GPE-Kishinev, GPE-Chisinau), and the
    // gazetteer lists both spellings. Sharing a name or two is not enough (Oman and Amman, China and Hong Kong).
    // So does one whose English name is the entry's and whose names in the entry's languages are all the entry's:
    // GPE-Cologne, annotated only in Czech and Polish, is the Köln that the Russian "Кельн" joined.
    if (target && preferName) {
      // Joining by the English name asks more of the entry's own join: a name the news gave the target
      // (not just the gazetteer's Cyrillic homonyms: Бари is Bari and Barry), and no city joining a country.
      const byEnglish = sharesAttestedName(target, e) && (country || !this.#countries.has(target));
      for (const other of this.#annotatedHits(e)) {
        if (other !== target && (namesAllIn(other, e) || (byEnglish && agreesWhereItCan(other, e)))) this.#absorb(target, other);
      }
    }
    if (!target) {
      let id = e.id;
      for (let i = 2; this.#ids.has(id); i++) id = `${e.id}-${i}`;
      const added = { ...e, id };
      this.#insert(added);
      if (preferName) this.#renamed.add(added);
      if (country) this.#countries.add(added);
      return { entity: e, joined: false };
    }
    for (const [lang, aliases] of Object.entries(e.aliases)) for (const [name, count] of aliases) addAlias(target, lang, name, count);
    // The first (biggest) place of that name names it; later, smaller namesakes do not.
    if (preferName && !this.#renamed.has(target)) {
      target.name = e.name;
      this.#renamed.add(target);
    }
    this.#index(target);
    if (country) this.#countries.add(target);
    return { entity: target, joined: true };
  }

  /** Annotated entities of `e`'s type holding one of its aliases (exact forms). */
  #annotatedHits(e: LexiconEntity): Set<LexiconEntity> {
    const hits = new Set<LexiconEntity>();
    for (const [lang, aliases] of Object.entries(e.aliases)) {
      for (const [name] of aliases) {
        const hit = this.#byAlias.get(`${e.type}\t${lang}\t${aliasForm(name)}`);
        if (hit && this.#annotated.has(hit)) hits.add(hit);
      }
    }
    return hits;
  }

  /** Moves `other`'s aliases into `target` and drops `other`. */
  #absorb(target: LexiconEntity, other: LexiconEntity): void {
    for (const [lang, aliases] of Object.entries(other.aliases)) for (const [name, count] of aliases) addAlias(target, lang, name, count);
    const at = this.entities.indexOf(other);
    if (at >= 0) this.entities.splice(at, 1);
    this.#annotated.delete(other);
    for (const [k, v] of this.#byAlias) if (v === other) this.#byAlias.delete(k);
    for (const [k, v] of this.#byPersonKey) if (v === other) this.#byPersonKey.delete(k);
    this.#index(target);
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

/**
 * A country of the ISO table or of GeoNames, whose ids are its alpha-2 code (`cn:iso-bg`, `cn:gn-bg`;
 * regions are `cn:iso-us-ga`, `cn:gn-us-ga`, cities their GeoNames number).
 */
function isCountryEntry(e: LexiconEntity): boolean {
  return /^cn:(?:iso|gn)-[a-z]{2}$/u.test(e.id);
}

/** Whether every name of `inner` outside English (whose names may come from its id) is a name of `outer`. */
function namesAllIn(inner: LexiconEntity, outer: LexiconEntity): boolean {
  let names = 0;
  for (const [lang, aliases] of Object.entries(inner.aliases)) {
    if (lang === "en") continue;
    const theirs = new Set((outer.aliases[lang] ?? []).map(([name]) => aliasForm(name)));
    for (const [name] of aliases) {
      if (!theirs.has(aliasForm(name))) return false;
      names++;
    }
  }
  return names > 0;
}

/**
 * Whether `inner` bears one of `outer`'s English names and each of its names in a language `outer` has names in is
 * one of them: nothing of `inner` says it is another place, only languages the gazetteer lacks add names.
 */
function agreesWhereItCan(inner: LexiconEntity, outer: LexiconEntity): boolean {
  const english = new Set([outer.name, ...(outer.aliases.en ?? []).map(([name]) => name)].map(aliasForm));
  if (!(inner.aliases.en ?? []).some(([name]) => english.has(aliasForm(name)))) return false;
  for (const [lang, aliases] of Object.entries(inner.aliases)) {
    const theirs = outer.aliases[lang];
    if (lang === "en" || !theirs || theirs.length === 0) continue;
    const forms = new Set(theirs.map(([name]) => aliasForm(name)));
    for (const [name] of aliases) if (!forms.has(aliasForm(name))) return false;
  }
  return true;
}

/** Whether `target` has one of `entry`'s names as a name seen in annotated news (count ≥ 1). */
function sharesAttestedName(target: LexiconEntity, entry: LexiconEntity): boolean {
  for (const [lang, aliases] of Object.entries(entry.aliases)) {
    const attested = new Set((target.aliases[lang] ?? []).filter(([, count]) => count >= 1).map(([name]) => aliasForm(name)));
    for (const [name] of aliases) if (attested.has(aliasForm(name))) return true;
  }
  return false;
}

function aliasCount(e: LexiconEntity, lang: string, name: string): number {
  return e.aliases[lang]?.find((a) => a[0] === name)?.[1] ?? 0;
}
