// The entity lexicon: known entities with an id, an English name, a type and aliases per language,
// looked up by exact alias form and by cross-script key: in hash maps built from the data, or (the
// shipped lexicon) in sorted tables compiled at build time and binary-searched where they lie.

import type { EntityType } from "../../model/doc.ts";
import { aliasForm, isUsableKey, nameKey, translatedKey, typed } from "./name-key.ts";
import { displayName, NAME_LIST_SEPARATOR } from "./name-pieces.ts";

/**
 * One alias of an entity: the name as written in one language, how often it was seen, and (in the
 * shipped file, so that loading computes no keys) its `nameKey` and, for non-people, `translatedKey`.
 */
export type AliasData = [name: string, count: number, key?: string, tkey?: string];

export interface LexiconEntity {
  /** Stable id (`cn:<slug>`). */
  id: string;
  /** English display name. */
  name: string;
  type: EntityType;
  /** `translatedKey` of the English name (non-people), precomputed like the aliases' keys. */
  tkey?: string;
  /** Aliases by language (ISO 639-1; `*` for names written the same in every language). */
  aliases: Record<string, AliasData[]>;
}

/** A lexicon's data, as built by scripts/lexicon/ (shipped compiled: `compileLexicon`). */
export interface LexiconData {
  version: 1;
  entities: LexiconEntity[];
  /** Translations of common name words: word key (any script) → English word (`knl` → `channel`). */
  words?: Record<string, string>;
}

/** A lookup's answer: the entity and how it was found. */
export interface LexiconHit {
  entity: LexiconEntity;
  /** `alias` (exact form in the mention's language or any language) or `key` (cross-script key). */
  via: "alias" | "key" | "translated";
}

export interface Vote {
  index: number;
  count: number;
}

/** Keeps the best-attested entity per lookup key. */
function vote(map: Map<string, Vote>, key: string, index: number, count: number): void {
  const v = map.get(key);
  if (!v || count > v.count || (count === v.count && index < v.index)) map.set(key, { index, count });
}

/**
 * The lookup tables, each from a key to the best-attested entity's vote:
 * `alias` (`lang\ttype\tform` and `*\ttype\tform`), `aliasAnyType` (`lang\tform` and `*\tform`),
 * `key` (`type\tkey`), `translated` (`type\ttranslated key`, names other than people's) and `id`.
 */
export interface LexiconTables {
  id: Map<string, Vote>;
  alias: Map<string, Vote>;
  aliasAnyType: Map<string, Vote>;
  key: Map<string, Vote>;
  translated: Map<string, Vote>;
}

/** Display names as shown: lexicons built before gazetteer name lists were split carry them in the name. */
export function shownName(name: string): string {
  return name.includes(NAME_LIST_SEPARATOR) ? displayName(name) : name;
}

/** Every lookup table of `data`, by voting over all its aliases (names as `shownName` gives them). */
export function buildTables(data: LexiconData, words: ReadonlyMap<string, string>): LexiconTables {
  const t: LexiconTables = { id: new Map(), alias: new Map(), aliasAnyType: new Map(), key: new Map(), translated: new Map() };
  data.entities.forEach((e, index) => {
    // The last entity of an id wins, as a Map set in order does.
    t.id.set(e.id, { index, count: 0 });
    if (e.type !== "PER") {
      const tk = e.tkey ?? translatedKey(shownName(e.name), "en", words);
      if (isUsableKey(tk)) vote(t.translated, typed(e.type, tk), index, 1);
    }
    for (const [lang, aliases] of Object.entries(e.aliases)) {
      for (const [name, count, storedKey, storedTkey] of aliases) {
        const form = aliasForm(name);
        if (form === "") continue;
        vote(t.alias, `${lang}\t${typed(e.type, form)}`, index, count);
        vote(t.aliasAnyType, `${lang}\t${form}`, index, count);
        if (lang !== "*") {
          vote(t.alias, `*\t${typed(e.type, form)}`, index, count);
          vote(t.aliasAnyType, `*\t${form}`, index, count);
        }
        const key = storedKey ?? nameKey(name, lang === "*" ? undefined : lang);
        if (isUsableKey(key)) vote(t.key, typed(e.type, key), index, count);
        if (e.type !== "PER") {
          const tk = storedTkey ?? translatedKey(name, lang === "*" ? undefined : lang, words);
          if (isUsableKey(tk)) vote(t.translated, typed(e.type, tk), index, count);
        }
      }
    }
  });
  return t;
}

/** How a lexicon is held and searched: hash maps built from its data, or a compiled file (compiled-lexicon.ts). */
export interface LexiconStore {
  readonly words: ReadonlyMap<string, string>;
  byId(id: string): LexiconEntity | undefined;
  /** The cascade of `Lexicon.findAlias` for a non-empty alias form. */
  alias(form: string, type: EntityType, lang: string): LexiconEntity | undefined;
  /** By `type\tkey`. */
  key(typedKey: string): LexiconEntity | undefined;
  /** By `type\ttranslated key`. */
  translated(typedKey: string): LexiconEntity | undefined;
}

function mapStore(data: LexiconData): LexiconStore {
  const words = new Map(Object.entries(data.words ?? {}));
  for (const e of data.entities) e.name = shownName(e.name);
  const t = buildTables(data, words);
  const at = (v: Vote | undefined) => (v ? data.entities[v.index] : undefined);
  return {
    words,
    byId: (id) => at(t.id.get(id)),
    alias: (form, type, lang) =>
      at(t.alias.get(`${lang}\t${typed(type, form)}`) ?? t.alias.get(`*\t${typed(type, form)}`) ?? t.aliasAnyType.get(`${lang}\t${form}`)),
    key: (k) => at(t.key.get(k)),
    translated: (k) => at(t.translated.get(k)),
  };
}

export class Lexicon {
  readonly #store: LexiconStore;
  readonly words: ReadonlyMap<string, string>;

  /** A lexicon from its data (hash maps built here) or from a store (the shipped, compiled file). */
  constructor(data: LexiconData | LexiconStore) {
    this.#store = "entities" in data ? mapStore(data) : data;
    this.words = this.#store.words;
  }

  byId(id: string): LexiconEntity | undefined {
    return this.#store.byId(id);
  }

  /**
   * The entity a name of `type` in `lang` stands for, by its exact form: in this language with this
   * type, then in any language with this type, then in this language with any type.
   */
  findAlias(name: string, type: EntityType, lang: string): LexiconEntity | undefined {
    const form = aliasForm(name);
    return form === "" ? undefined : this.#store.alias(form, type, lang);
  }

  /** The entity of `type` whose alias has this cross-script key. */
  findKey(key: string, type: EntityType): LexiconEntity | undefined {
    return isUsableKey(key) ? this.#store.key(typed(type, key)) : undefined;
  }

  /** The entity (not a person) whose name has this translated key (`translatedKey`). */
  findTranslated(tkey: string, type: EntityType): LexiconEntity | undefined {
    return type === "PER" || !isUsableKey(tkey) ? undefined : this.#store.translated(typed(type, tkey));
  }
}

/** `data` with every alias's keys computed, as shipped (loading then builds hash maps only). */
export function withStoredKeys(data: LexiconData): LexiconData {
  const words = new Map(Object.entries(data.words ?? {}));
  const entities = data.entities.map((e) => {
    const aliases: Record<string, AliasData[]> = {};
    for (const [lang, list] of Object.entries(e.aliases)) {
      const l = lang === "*" ? undefined : lang;
      aliases[lang] = list.map(([name, count]) => {
        const key = nameKey(name, l);
        return e.type === "PER" ? [name, count, key] : [name, count, key, translatedKey(name, l, words)];
      });
    }
    return e.type === "PER" ? { ...e, aliases } : { ...e, tkey: translatedKey(e.name, "en", words), aliases };
  });
  return { ...data, entities };
}
