// Links the mentions of one document to canonical entities: the lexicon by exact alias, then by
// cross-script key; names it does not know get an id from their key alone. Within the document, a
// surname on its own joins the full name it shortens ("Путин" → "Владимир Путин").

import { WOMANS_SURNAME_SUFFIX } from "../../lang-data/shared/name-grammar.ts";
import { UK_TO_RU_LETTERS } from "../../lang-data/uk/russian-spelling.ts";
import { DEMONYM_LINK, type EntityType } from "../../model/doc.ts";
import { TwoKeyMemo } from "../../text/memo.ts";
import type { Lemmatizer } from "./lemmatizer.ts";
import type { Lexicon, LexiconEntity } from "./lexicon.ts";
import {
  editDistance,
  hasNameIn,
  isAttested,
  isCloseToAnyName,
  isCloseToItsNames,
  isTrustedKeyMatch,
  MIN_ATTESTED_ALIAS_COUNT,
} from "./loose-match.ts";
import { aliasForm, isUsableKey, keyId, MIN_KEY_CHARS, nameKey, romanize, translatedKey } from "./name-key.ts";

export interface LinkInput {
  surface: string;
  lemma: string;
  type: EntityType;
  start: number;
  end: number;
}

export interface LinkOutput {
  id: string;
  /** English display name. */
  name: string;
  /** Evidence: `lexicon:alias`, `lexicon:key`, `lexicon:first-name-variant`, `lexicon:translated`, `lexicon:kindred-type`, `lexicon:demonym`, `key`, `doc:short-form`. */
  link: string;
  /** The base form the mention has as what it was linked to, where that differs from its input's (a "person" that names a place). */
  lemma?: string;
}

export interface LinkerOptions {
  /** Ids of unknown people from the surname's key alone, so "Završnik" and "Jernej Završnik" meet across documents. */
  surnameIds: boolean;
}

export const DEFAULT_LINKER_OPTIONS: LinkerOptions = { surnameIds: true };

interface Resolved {
  entity?: LexiconEntity;
  key: string;
  /** Translated key of a name the lexicon does not know (not people). */
  tkey?: string;
  id: string;
  link: string;
  /** See LinkOutput.lemma. */
  lemma?: string;
}

/** The type a name of this type may be known under instead (organizations and their products, media above all). */
const KINDRED_TYPE: Partial<Record<EntityType, EntityType>> = { ORG: "PRO", PRO: "ORG" };

/** The name opens with a lowercase letter (names of people and organizations do not; demonyms in Slavic languages do). */
function isLowercaseName(surface: string): boolean {
  const first = surface[0] ?? "";
  return first !== first.toUpperCase();
}

/** A person's name of more than one word ("Владимир Путин"), which a lone surname may shorten. */
function isFullPersonName(type: EntityType, key: string): boolean {
  return type === "PER" && key.includes(" ");
}

/** A person's first and last name without the words between (patronymics, middle names); "" otherwise. */
function firstAndLast(type: EntityType, key: string): string {
  if (type !== "PER") return "";
  const words = key.split(" ");
  return words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : "";
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(" ") + 1);
}

/**
 * One display name per id in the document: the lexicon's name, else the fullest form seen (most
 * words, then longest, then first in code-point order), so "Malomuzh" shows as "Mykola Malomuzh".
 */
function docNames(resolved: readonly Resolved[], names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const known = new Set<string>();
  resolved.forEach((r, i) => {
    const name = names[i];
    if (r.entity) {
      if (!known.has(r.id)) out.set(r.id, r.entity.name);
      known.add(r.id);
      return;
    }
    if (known.has(r.id)) return;
    const prev = out.get(r.id);
    if (prev === undefined || isFullerName(name, prev)) out.set(r.id, name);
  });
  return out;
}

function isFullerName(a: string, b: string): boolean {
  const wa = a.split(/\s+/u).length;
  const wb = b.split(/\s+/u).length;
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

/** A recognized mention: what `resolveMentions` lemmatizes and links. */
export type MentionSpan = Omit<LinkInput, "lemma">;

/** The base form of the last word of each full name (two words or more) of a person, by its surface. */
function surnameLemmas(mentions: readonly LinkInput[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "PER") continue;
    const words = m.surface.split(/\s+/u);
    const lemmaWords = m.lemma.split(/\s+/u);
    if (words.length < 2 || words.length !== lemmaWords.length) continue;
    const last = words[words.length - 1] as string;
    if (!out.has(last)) out.set(last, lemmaWords[lemmaWords.length - 1] as string);
  }
  return out;
}

function withSurnameLemma(m: LinkInput, surnames: ReadonlyMap<string, string>): LinkInput {
  const lemma = m.type === "PER" ? surnames.get(m.surface) : undefined;
  return lemma === undefined || lemma === m.lemma ? m : { ...m, lemma };
}

export class Linker {
  readonly lexicon: Lexicon;
  readonly lemmatizer: Lemmatizer;
  readonly options: LinkerOptions;
  /** knownType by language and surface: the recognizer asks it of names that recur across articles. */
  readonly #knownTypes = new TwoKeyMemo<string, "PER" | "LOC" | undefined>();

  constructor(lexicon: Lexicon, lemmatizer: Lemmatizer, options: Partial<LinkerOptions> = {}) {
    this.lexicon = lexicon;
    this.lemmatizer = lemmatizer;
    this.options = { ...DEFAULT_LINKER_OPTIONS, ...options };
  }

  lemmatize(surface: string, type: EntityType, lang: string, docWords?: ReadonlySet<string>): string {
    return this.lemmatizer.lemmatize(surface, type, lang, docWords);
  }

  /** Base forms of all mentions of one document (each helped by the words of the others). */
  lemmatizeMentions(mentions: readonly { surface: string; type: EntityType }[], lang: string): string[] {
    return this.lemmatizer.lemmatizeMentions(mentions, lang);
  }

  /**
   * What the recognizer asks the lexicon about the names of a text in `lang` (its `RecognizeOptions`):
   * `knownType`, `knownOrganization` and `isNewsName`, each memoized here.
   */
  recognizerEvidence(lang: string): {
    knownType: (surface: string) => "PER" | "LOC" | undefined;
    knownOrganization: (surface: string) => boolean;
    isNewsName: (surface: string) => boolean;
  } {
    return {
      knownType: (surface) => this.knownType(surface, lang),
      knownOrganization: (surface) => this.knownOrganization(surface, lang),
      isNewsName: (surface) => this.isNewsName(surface, lang),
    };
  }

  /**
   * The type the lexicon knows the name under, when it knows it as a place and not as a person
   * (`LOC`) or as a person in annotated news and not as a place (`PER`): evidence for the recognizer's
   * rules on lists of names ("Irpen, Bucha, Gostomel"), joined names and mistyped surnames.
   */
  knownType(surface: string, lang: string): "PER" | "LOC" | undefined {
    return this.#knownTypes.get(lang, surface, this.#findKnownType);
  }

  readonly #findKnownType = (surface: string, lang: string) => this.#knownType(surface, lang);

  /**
   * Whether the lexicon knows the name as an organization's, seen in annotated news, and not as a place's
   * or a person's: evidence for a word the recognizer doubts it read as a place ("в Сенате").
   */
  knownOrganization(surface: string, lang: string): boolean {
    return this.#knownOrganizations.get(lang, surface, this.#findKnownOrganization);
  }

  readonly #knownOrganizations = new TwoKeyMemo<string, boolean>();
  readonly #findKnownOrganization = (surface: string, lang: string): boolean => {
    const org = this.#knownAs(surface, "ORG", lang);
    return org !== undefined && isAttested(org) && !this.#knownAs(surface, "LOC", lang) && !this.#knownAs(surface, "PER", lang);
  };

  /**
   * Whether the news annotated in `lang` name a person or place so, as written or by its base form: the
   * language's own attested aliases only, not gazetteer towns ("Северный") nor another language's spelling
   * reached by key (sl "Severni", cs "Severní" of North Carolina).
   */
  isNewsName(surface: string, lang: string): boolean {
    return this.#newsNames.get(lang, surface, this.#findNewsName);
  }

  readonly #newsNames = new TwoKeyMemo<string, boolean>();
  readonly #findNewsName = (surface: string, lang: string): boolean => {
    for (const type of ["LOC", "PER"] as const) {
      for (const form of [surface, this.lemmatize(surface, type, lang)]) {
        const e = this.lexicon.findAlias(form, type, lang);
        const wanted = aliasForm(form);
        if (e?.type === type && e.aliases[lang]?.some((a) => a[1] >= MIN_ATTESTED_ALIAS_COUNT && aliasForm(a[0]) === wanted)) return true;
      }
    }
    return false;
  };

  #knownType(surface: string, lang: string): "PER" | "LOC" | undefined {
    const place = this.#knownAs(surface, "LOC", lang);
    const person = this.#knownAs(surface, "PER", lang);
    if (place && !(person && isAttested(person))) return "LOC";
    if (person && isAttested(person) && !place) return "PER";
    return undefined;
  }

  #knownAs(surface: string, type: EntityType, lang: string): LexiconEntity | undefined {
    // The base form only when the spelling is no alias: the recognizer asks of every name it doubts.
    const asWritten = this.lexicon.findAlias(surface, type, lang);
    // A spelling the lexicon knows in this language as another type's name is not this type's by key
    // ("Engie", the company, has the key of a person; so has "Verdi", the union).
    if (asWritten !== undefined) return asWritten.type === type ? asWritten : undefined;
    // An acronym is known by its spelling only: its letters are no inflected name's ("SARS" has the key of Soros).
    if (isAcronym(surface)) return undefined;
    const lemma = this.lemmatize(surface, type, lang);
    const alias = this.lexicon.findAlias(lemma, type, lang);
    if (alias !== undefined) return alias.type === type ? alias : undefined;
    const key = nameKey(lemma, lang) || nameKey(surface, lang);
    if (key === "") return undefined;
    const e = this.lexicon.findKey(key, type);
    if (!e || !isTrustedKeyMatch(e, lemma, lang) || !isCloseToAnyName(e, lemma, lang)) return undefined;
    return type === "PER" || isAttested(e) || hasNameIn(e, lang) ? e : undefined;
  }

  /**
   * One document's mentions lemmatized and linked, in input order: what the entities stage emits. A lone
   * surname written as the last word of a full name in the document takes that word's base form there,
   * where the first name shows the case (uk "Мая Санду" … "Санду": not "Санд").
   */
  resolveMentions(mentions: readonly MentionSpan[], lang: string): (LinkInput & LinkOutput)[] {
    const lemmas = this.lemmatizeMentions(mentions, lang);
    const inputs: LinkInput[] = mentions.map((m, i) => ({ ...m, lemma: lemmas[i] as string }));
    const surnames = surnameLemmas(inputs);
    const lemmatized = surnames.size === 0 ? inputs : inputs.map((m) => withSurnameLemma(m, surnames));
    const links = this.linkMentions(lemmatized, lang);
    return lemmatized.map((m, i) => {
      const link = links[i] as LinkOutput;
      return { ...m, ...link, lemma: link.lemma ?? m.lemma };
    });
  }

  /** One link per mention, in input order. */
  linkMentions(mentions: readonly LinkInput[], lang: string): LinkOutput[] {
    const resolved = mentions.map((m) => this.#resolve(m, lang));
    this.#joinShortForms(mentions, resolved);
    const names = resolved.map((r, i) => r.entity?.name ?? romanize(mentions[i].lemma || mentions[i].surface, lang));
    const nameOf = docNames(resolved, names);
    return resolved.map((r) => ({
      id: r.id,
      name: nameOf.get(r.id) ?? "",
      link: r.link,
      ...(r.lemma !== undefined && { lemma: r.lemma }),
    }));
  }

  /**
   * One mention on its own, a cascade:
   * 1. the surface as a known alias; 2. the base form as a known alias; 3. the base form's key as a
   * known key of an entity of this type; 4. (not people) the translated, sorted key as a known one;
   * 5. an id from the key (the surname's key for people, the translated key for the rest).
   */
  #resolve(m: LinkInput, lang: string): Resolved {
    const lemma = m.lemma || m.surface;
    const key = nameKey(lemma, lang) || nameKey(m.surface, lang);
    const alias = this.lexicon.findAlias(m.surface, m.type, lang) ?? this.lexicon.findAlias(lemma, m.type, lang);
    // A name of another type found only in a gazetteer is no evidence for this one ("Белта" ORG is not the place "Бел").
    const byAlias = alias && (alias.type === m.type || isAttested(alias)) ? alias : undefined;
    if (byAlias) return { entity: byAlias, key, id: byAlias.id, link: "lexicon:alias" };
    const bySibling = lang === "uk" ? this.lexicon.findAlias(russianSpelling(lemma), m.type, "ru") : undefined;
    if (bySibling && bySibling.type === m.type) return { entity: bySibling, key, id: bySibling.id, link: "lexicon:russian-spelling" };
    // A loose key match to a gazetteer-only entry needs a name close to the mention (Moshchun is not "Mishan").
    const trusted = (e: LexiconEntity | undefined) => (e && isTrustedKeyMatch(e, lemma, lang) ? e : undefined);
    const byKey = trusted(this.lexicon.findKey(key, m.type) ?? this.lexicon.findKey(firstAndLast(m.type, key), m.type));
    if (byKey) return { entity: byKey, key, id: byKey.id, link: "lexicon:key" };
    const variant = isFullPersonName(m.type, key) ? this.#firstNameVariant(key) : undefined;
    if (variant) return { entity: variant, key, id: variant.id, link: "lexicon:first-name-variant" };
    const woman = isFullPersonName(m.type, key) ? this.#withoutWomansSuffix(lemma, lang) : undefined;
    if (woman) return { entity: woman, key, id: woman.id, link: "lexicon:womans-surname" };
    // A lowercase "person" or "organization" is a demonym or adjective of a place (білоруси, британците).
    // So is a lone word read as a person that the lexicon knows as no one but as a place ("including Irpen, Bucha").
    const lowercase = isLowercaseName(m.surface) && m.type !== "LOC";
    const lone = m.type === "PER" && key !== "" && !key.includes(" ");
    const asPlace = lone ? this.#placeByItsBaseForm(m.surface, lang) : undefined;
    // A capitalized lone word is a place by its key only when it is spelt close to the place's own name
    // (which makes the match trusted too): the key alone would make the surname "Санду" the province
    // Sindh (`snd`), known from the news as "Синд".
    const placeByKey = lowercase || lone ? this.lexicon.findKey(key, "LOC") : undefined;
    const placeFound = lowercase ? trusted(placeByKey) : placeByKey && isCloseToItsNames(placeByKey, lemma, lang) ? placeByKey : undefined;
    const found = asPlace?.place ?? placeFound;
    // A gazetteer's place known only by names of other languages is no reading of a person ("Davis").
    const place = found && (lowercase || isAttested(found) || hasNameIn(found, lang)) ? found : undefined;
    if (place) return { entity: place, key, id: place.id, link: DEMONYM_LINK, ...(place === asPlace?.place && { lemma: asPlace.lemma }) };
    if (m.type === "PER") return { key, id: this.#unknownId(m.type, key, m.surface), link: "key" };
    const tkey = translatedKey(lemma, lang, this.lexicon.words);
    const byTranslation = trusted(this.lexicon.findTranslated(tkey, m.type));
    if (byTranslation) return { entity: byTranslation, key, id: byTranslation.id, link: "lexicon:translated" };
    // Media outlets are tagged ORG or PRO by context ("24 Канал" reported / "Channel 24" aired).
    const kin = KINDRED_TYPE[m.type];
    const byKin = kin ? trusted(this.lexicon.findKey(key, kin) ?? this.lexicon.findTranslated(tkey, kin)) : undefined;
    if (byKin) return { entity: byKin, key, id: byKin.id, link: "lexicon:kindred-type" };
    return { key, tkey, id: this.#unknownId(m.type, tkey || key, m.surface), link: "key" };
  }

  /**
   * The place a lone word read as a person names, by the base form it has as a place: a place declines
   * otherwise than a surname (uk "Харкова" is Харків, not "Харков", whose key is another spelling's).
   */
  #placeByItsBaseForm(surface: string, lang: string): { place: LexiconEntity; lemma: string } | undefined {
    const lemma = this.lemmatize(surface, "LOC", lang);
    const place = this.lexicon.findAlias(lemma, "LOC", lang);
    return place?.type === "LOC" ? { place, lemma } : undefined;
  }

  /**
   * The known woman whose full name this is without the suffix her surname takes in the language (cs
   * "Kamala Harrisová": Kamala Harris). Full names only: a lone "Babišová" is no Andrej Babiš.
   */
  #withoutWomansSuffix(lemma: string, lang: string): LexiconEntity | undefined {
    const suffix = WOMANS_SURNAME_SUFFIX[lang];
    const at = lemma.lastIndexOf(" ");
    const surname = suffix?.exec(lemma.slice(at + 1));
    if (!surname) return undefined;
    const name = `${lemma.slice(0, at + 1)}${surname[1]}`;
    const alias = this.lexicon.findAlias(name, "PER", lang);
    if (alias) return alias.type === "PER" ? alias : undefined;
    const e = this.lexicon.findKey(nameKey(name, lang), "PER");
    return e && isTrustedKeyMatch(e, name, lang) ? e : undefined;
  }

  /**
   * The known person whose surname this full name has and whose first name is one key letter off it:
   * a spelling of the same first name (Belarusian Уладзімір Пуцін, Vladimir Putin: `uldmr` / `vldmr`).
   */
  #firstNameVariant(key: string): LexiconEntity | undefined {
    const person = this.lexicon.findKey(lastWord(key), "PER");
    if (!person) return undefined;
    const first = key.slice(0, key.indexOf(" "));
    const known = nameKey(person.name, "en");
    const knownFirst = known.slice(0, known.indexOf(" "));
    if (!known.includes(" ") || first.length < MIN_KEY_CHARS || knownFirst.length < MIN_KEY_CHARS) return undefined;
    return editDistance(first, knownFirst) <= 1 ? person : undefined;
  }

  #unknownId(type: EntityType, key: string, surface: string): string {
    if (key === "") return `k:${surface.normalize("NFC").toLowerCase().replace(/\s+/gu, "-")}`;
    if (this.options.surnameIds && isFullPersonName(type, key)) {
      const surname = lastWord(key);
      // A surname the lexicon knows belongs to someone else: keep the full name apart from them.
      if (isUsableKey(surname) && !this.lexicon.findKey(surname, type)) return keyId(surname);
    }
    return keyId(key);
  }

  /** A lone surname takes the id of the full name in the same document whose last word it is. */
  #joinShortForms(mentions: readonly LinkInput[], resolved: Resolved[]): void {
    const full = new Map<string, Resolved>();
    resolved.forEach((r, i) => {
      if (!isFullPersonName(mentions[i].type, r.key)) return;
      const surname = lastWord(r.key);
      const prev = full.get(surname);
      // The first full name wins, unless a later one is known to the lexicon and the first is not.
      if (!prev || (!prev.entity && r.entity)) full.set(surname, r);
    });
    resolved.forEach((r, i) => {
      if (mentions[i].type !== "PER" || r.key.includes(" ")) return;
      const target = full.get(r.key);
      if (!target || target.id === r.id) return;
      resolved[i] = { entity: target.entity, key: r.key, id: target.id, link: "doc:short-form" };
    });
  }
}

/**
 * A Ukrainian name as Russian spells it (UK_TO_RU_LETTERS): the gazetteers name many foreign places in
 * Russian only, or in Ukrainian by another reading ("Грузія" for the US state Georgia, which the news
 * writes "Джорджія", Russian "Джорджия"), and the key alone may point to another place (Giurgiu).
 */
function russianSpelling(name: string): string {
  let out = "";
  for (const ch of name) {
    const lower = ch.toLowerCase();
    const ru = UK_TO_RU_LETTERS[lower];
    out += ru === undefined ? ch : lower === ch ? ru : ru.charAt(0).toUpperCase() + ru.slice(1);
  }
  return out;
}

/** Longest acronym: a longer word in capitals is a name in a headline ("ЛУКАШЕНКО"), still matched by key. */
const MAX_ACRONYM_LETTERS = 5;

/** Two to five letters, all capitals (digits and hyphens aside): "SARS", "НАТО", "COVID-19". */
function isAcronym(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, "");
  return (
    letters.length >= 2 && letters.length <= MAX_ACRONYM_LETTERS && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}
