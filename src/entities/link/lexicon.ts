// The entity lexicon: known entities with an id, an English name, a type and aliases per language,
// indexed once at load into hash maps by exact alias form and by cross-script key.

import type { EntityType } from "../../model/doc.ts";
import { aliasForm, isUsableKey, nameKey, translatedKey, typed } from "./name-key.ts";
import { displayName, NAME_LIST_SEPARATOR } from "./name-pieces.ts";

/** One alias of an entity: the name as written in one language, and how often it was seen. */
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

/** The shipped lexicon (resources/lexicon/lexicon.json.gz). */
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

interface Vote {
  index: number;
  count: number;
}

/** Keeps the best-attested entity per lookup key. */
function vote(map: Map<string, Vote>, key: string, index: number, count: number): void {
  const v = map.get(key);
  if (!v || count > v.count || (count === v.count && index < v.index)) map.set(key, { index, count });
}

export class Lexicon {
  readonly entities: LexiconEntity[];
  /** `lang\ttype\tform` and `*\ttype\tform`. */
  readonly #alias = new Map<string, Vote>();
  /** `lang\tform` and `*\tform`, any type. */
  readonly #aliasAnyType = new Map<string, Vote>();
  /** `type\tkey`. */
  readonly #key = new Map<string, Vote>();
  /** `type\ttranslated key`, for names other than people's. */
  readonly #translated = new Map<string, Vote>();
  readonly #byId = new Map<string, LexiconEntity>();
  readonly words: ReadonlyMap<string, string>;

  constructor(data: LexiconData) {
    this.entities = data.entities;
    this.words = new Map(Object.entries(data.words ?? {}));
    data.entities.forEach((e, index) => {
      // Lexicons built before gazetteer name lists were split carry them in the name.
      if (e.name.includes(NAME_LIST_SEPARATOR)) e.name = displayName(e.name);
      this.#byId.set(e.id, e);
      if (e.type !== "PER") {
        const t = e.tkey ?? translatedKey(e.name, "en", this.words);
        if (isUsableKey(t)) vote(this.#translated, typed(e.type, t), index, 1);
      }
      for (const [lang, aliases] of Object.entries(e.aliases)) {
        for (const [name, count, storedKey, storedTkey] of aliases) {
          const form = aliasForm(name);
          if (form === "") continue;
          vote(this.#alias, `${lang}\t${typed(e.type, form)}`, index, count);
          vote(this.#aliasAnyType, `${lang}\t${form}`, index, count);
          if (lang !== "*") {
            vote(this.#alias, `*\t${typed(e.type, form)}`, index, count);
            vote(this.#aliasAnyType, `*\t${form}`, index, count);
          }
          const key = storedKey ?? nameKey(name, lang === "*" ? undefined : lang);
          if (isUsableKey(key)) vote(this.#key, typed(e.type, key), index, count);
          if (e.type !== "PER") {
            const t = storedTkey ?? translatedKey(name, lang === "*" ? undefined : lang, this.words);
            if (isUsableKey(t)) vote(this.#translated, typed(e.type, t), index, count);
          }
        }
      }
    });
  }

  byId(id: string): LexiconEntity | undefined {
    return this.#byId.get(id);
  }

  /**
   * The entity a name of `type` in `lang` stands for, by its exact form: in this language with this
   * type, then in any language with this type, then in this language with any type.
   */
  findAlias(name: string, type: EntityType, lang: string): LexiconEntity | undefined {
    const form = aliasForm(name);
    if (form === "") return undefined;
    const v =
      this.#alias.get(`${lang}\t${typed(type, form)}`) ??
      this.#alias.get(`*\t${typed(type, form)}`) ??
      this.#aliasAnyType.get(`${lang}\t${form}`);
    return v ? this.entities[v.index] : undefined;
  }

  /** The entity of `type` whose alias has this cross-script key. */
  findKey(key: string, type: EntityType): LexiconEntity | undefined {
    if (!isUsableKey(key)) return undefined;
    const v = this.#key.get(typed(type, key));
    return v ? this.entities[v.index] : undefined;
  }

  /** The entity (not a person) whose name has this translated key (`translatedKey`). */
  findTranslated(tkey: string, type: EntityType): LexiconEntity | undefined {
    if (type === "PER" || !isUsableKey(tkey)) return undefined;
    const v = this.#translated.get(typed(type, tkey));
    return v ? this.entities[v.index] : undefined;
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
