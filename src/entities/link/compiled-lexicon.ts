// The shipped form of the lexicon: its lookup tables decided at build time and written as sorted lines,
// searched in place (binary search over the UTF-8 bytes). Loading is a gunzip: no hash map is built and
// an entity is parsed only when a document names it, which keeps start-up short and the heap small.
//
// Layout (UTF-8): the magic line, a JSON header line (name-word translations, byte length of each
// section), then four sections of lines `key \x01 value`, sorted by key:
// - entities: `id \x01 [name, type, aliases]` (aliases as name and count), in the ids' UTF-8 byte order
//   (searched as bytes, only by `byId`);
// - alias: `form \x01 lang,type,ref;…`: the winner per language and type of this alias form, plus the
//   winners for any language (`*,type`) or any type (`lang,*`) where they are not the one entry there;
// - key, translated: `type\tkey \x01 ref`.
// The last three are in code-unit order (JavaScript's `<`) and searched as lines once first used.
// A ref is the entity line's byte offset in the entities section, base 36.

import type { EntityType } from "../../model/doc.ts";
import { buildTables, type LexiconData, type LexiconEntity, type LexiconStore, shownName, type Vote, withStoredKeys } from "./lexicon.ts";

export const COMPILED_LEXICON_MAGIC = "crossnews-lexicon\t2";

const SECTIONS = ["entities", "alias", "key", "translated"] as const;
type Section = (typeof SECTIONS)[number];

interface Header {
  words: Record<string, string>;
  /** Bytes per section, in SECTIONS order. */
  bytes: Record<Section, number>;
}

/** Lookup answers kept before the memo starts afresh. */
export const LOOKUP_MEMO_MAX_ENTRIES = 100_000;

const SEP = 1;
const NL = 10;
const ANY = "*";
/** Characters no key may hold: the separators of the format, and lone surrogates (UTF-8 cannot keep them). */
const UNSAFE_KEY = /[\n\u0001]|[\uD800-\uDFFF]/u;

type AliasEntry = [lang: string, type: string, ref: number];

/** Lines `key \x01 value` in the code-unit order of the keys (JavaScript's `<`, which the search uses). */
function sortedLines(entries: [key: string, value: string][]): Buffer {
  for (const [k, v] of entries)
    if (UNSAFE_KEY.test(k) || v.includes("\n")) throw new Error(`lexicon: key not storable: ${JSON.stringify(k)}`);
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Buffer.from(sorted.map(([k, v]) => `${k}\u0001${v}\n`).join(""), "utf8");
}

/** The unique ref among `entries`, or -1 (none, or several). */
function onlyRef(entries: readonly AliasEntry[]): number {
  let ref = -1;
  for (const e of entries) {
    if (ref !== -1 && e[2] !== ref) return -1;
    ref = e[2];
  }
  return ref;
}

/** `data` compiled (UTF-8 bytes, to be gzipped): lookups give exactly what `new Lexicon(data)` gives. */
export function compileLexicon(data: LexiconData): Buffer {
  const shipped = withStoredKeys(data);
  const words = new Map(Object.entries(shipped.words ?? {}));
  const t = buildTables(shipped, words);
  // Entity lines in id order (the original order among equal ids); refs by original index.
  const order = shipped.entities.map((e, index) => ({ e, index, id: Buffer.from(e.id, "utf8") }));
  order.sort((a, b) => Buffer.compare(a.id, b.id) || a.index - b.index);
  const refs: number[] = new Array(shipped.entities.length);
  const entityLines: Buffer[] = [];
  let offset = 0;
  for (const { e, index, id } of order) {
    if (UNSAFE_KEY.test(e.id)) throw new Error(`lexicon: id not storable: ${e.id}`);
    const aliases: Record<string, [string, number][]> = {};
    for (const [lang, list] of Object.entries(e.aliases)) aliases[lang] = list.map(([name, count]) => [name, count]);
    const line = Buffer.concat([id, Buffer.from(`\u0001${JSON.stringify([shownName(e.name), e.type, aliases])}\n`, "utf8")]);
    refs[index] = offset;
    offset += line.length;
    entityLines.push(line);
  }
  const ref = (v: Vote) => refs[v.index] as number;

  // Alias forms: the winner per real language and type; `*` (any language) and `lang,*` (any type) only where not implied.
  const forms = new Map<string, { entries: AliasEntry[]; anyLang: Map<string, number>; anyType: Map<string, number> }>();
  const formOf = (form: string) => {
    let f = forms.get(form);
    if (!f) {
      f = { entries: [], anyLang: new Map(), anyType: new Map() };
      forms.set(form, f);
    }
    return f;
  };
  for (const [k, v] of t.alias) {
    const a = k.indexOf("\t");
    const b = k.indexOf("\t", a + 1);
    const lang = k.slice(0, a);
    const type = k.slice(a + 1, b);
    const f = formOf(k.slice(b + 1));
    if (lang === ANY) f.anyLang.set(type, ref(v));
    else f.entries.push([lang, type, ref(v)]);
  }
  for (const [k, v] of t.aliasAnyType) {
    const a = k.indexOf("\t");
    const lang = k.slice(0, a);
    // Lookups by any type are made in a document's language, never in `*`.
    if (lang !== ANY) formOf(k.slice(a + 1)).anyType.set(lang, ref(v));
  }
  const aliasLines: [string, string][] = [];
  for (const [form, f] of forms) {
    const out = f.entries.map(([l, ty, r]) => `${l},${ty},${r.toString(36)}`);
    for (const [type, r] of f.anyLang)
      if (onlyRef(f.entries.filter((e) => e[1] === type)) !== r) out.push(`${ANY},${type},${r.toString(36)}`);
    for (const [lang, r] of f.anyType)
      if (onlyRef(f.entries.filter((e) => e[0] === lang)) !== r) out.push(`${lang},${ANY},${r.toString(36)}`);
    aliasLines.push([form, out.join(";")]);
  }
  const refLines = (m: Map<string, Vote>): [string, string][] => [...m].map(([k, v]) => [k, ref(v).toString(36)]);
  const sections: Record<Section, Buffer> = {
    entities: Buffer.concat(entityLines),
    alias: sortedLines(aliasLines),
    key: sortedLines(refLines(t.key)),
    translated: sortedLines(refLines(t.translated)),
  };
  const header: Header = {
    words: shipped.words ?? {},
    bytes: {
      entities: sections.entities.length,
      alias: sections.alias.length,
      key: sections.key.length,
      translated: sections.translated.length,
    },
  };
  return Buffer.concat([
    Buffer.from(`${COMPILED_LEXICON_MAGIC}\n${JSON.stringify(header)}\n`, "utf8"),
    ...SECTIONS.map((s) => sections[s]),
  ]);
}

/** A store over `compileLexicon`'s bytes. */
export function compiledLexiconStore(buf: Buffer): LexiconStore {
  const magicEnd = buf.indexOf(NL);
  if (buf.toString("utf8", 0, magicEnd) !== COMPILED_LEXICON_MAGIC) throw new Error("lexicon: not a compiled lexicon");
  const headerEnd = buf.indexOf(NL, magicEnd + 1);
  const header = JSON.parse(buf.toString("utf8", magicEnd + 1, headerEnd)) as Header;
  const range = {} as Record<Section, { start: number; end: number }>;
  let at = headerEnd + 1;
  for (const s of SECTIONS) {
    range[s] = { start: at, end: at + header.bytes[s] };
    at += header.bytes[s];
  }

  /** Start of the value of the entity line whose id is `id`, or -1 (bytes, ids in byte order). */
  const findEntity = (id: string): number => {
    const k = Buffer.from(id, "utf8");
    let lo = range.entities.start;
    let hi = range.entities.end;
    // lo and hi stay at line starts.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const ls = Math.max(lo, buf.lastIndexOf(NL, mid - 1) + 1);
      const sep = buf.indexOf(SEP, ls);
      const c = k.compare(buf, ls, sep);
      if (c === 0) return sep + 1;
      if (c < 0) hi = ls;
      else lo = buf.indexOf(NL, sep) + 1;
    }
    return -1;
  };

  const lineCache = new Map<Section, string[]>();
  /** The value of the line whose key is `key` in `section`, or undefined. */
  const search = (section: Section, key: string): string | undefined => {
    let lines = lineCache.get(section);
    if (lines === undefined) {
      lines = buf.toString("utf8", range[section].start, range[section].end).split("\n");
      lines.pop();
      lineCache.set(section, lines);
    }
    // `key \x01` sorts among the lines as `key` among their keys: \x01 is below every character of a key.
    const q = `${key}\u0001`;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const line = lines[mid] as string;
      if (line.startsWith(q)) return line.slice(q.length);
      if (line < q) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  };
  // Names recur across documents (and most lookups miss): answers, misses included, are kept per section.
  const memo = new Map<Section, Map<string, string | null>>();
  let memoSize = 0;
  const find = (section: Section, key: string): string | undefined => {
    let m = memo.get(section);
    if (m === undefined) {
      m = new Map();
      memo.set(section, m);
    }
    let v = m.get(key);
    if (v === undefined) {
      if (memoSize >= LOOKUP_MEMO_MAX_ENTRIES) {
        for (const t of memo.values()) t.clear();
        memoSize = 0;
      }
      v = search(section, key) ?? null;
      m.set(key, v);
      memoSize++;
    }
    return v ?? undefined;
  };
  const valueAt = (start: number) => buf.toString("utf8", start, buf.indexOf(NL, start));

  const entities = new Map<number, LexiconEntity>();
  const entityAt = (ref: number): LexiconEntity => {
    let e = entities.get(ref);
    if (e === undefined) {
      const ls = range.entities.start + ref;
      const sep = buf.indexOf(SEP, ls);
      const [name, type, aliases] = JSON.parse(valueAt(sep + 1)) as [string, EntityType, LexiconEntity["aliases"]];
      e = { id: buf.toString("utf8", ls, sep), name, type, aliases };
      entities.set(ref, e);
    }
    return e;
  };
  const byRef = (section: Section, key: string) => {
    const v = find(section, key);
    return v === undefined ? undefined : entityAt(Number.parseInt(v, 36));
  };

  const aliasEntries = new Map<string, AliasEntry[]>();
  const entriesOf = (form: string): AliasEntry[] | undefined => {
    let entries = aliasEntries.get(form);
    if (entries === undefined) {
      const v = find("alias", form);
      if (v === undefined) return undefined;
      entries = v.split(";").map((e) => {
        const [lang, type, r] = e.split(",") as [string, string, string];
        return [lang, type, Number.parseInt(r, 36)];
      });
      aliasEntries.set(form, entries);
    }
    return entries;
  };
  /** The entry written for exactly this language and type, or -1. */
  const written = (entries: readonly AliasEntry[], lang: string, type: string): number => {
    for (const e of entries) if (e[0] === lang && e[1] === type) return e[2];
    return -1;
  };
  /** The winner for any language (`lang` is `*`) or any type (`type` is `*`): written, else the one entry there. */
  const implied = (entries: readonly AliasEntry[], lang: string, type: string): number => {
    const w = written(entries, lang, type);
    if (w >= 0) return w;
    let ref = -1;
    for (const e of entries) {
      if (e[0] === ANY || e[1] === ANY || (lang === ANY ? e[1] !== type : e[0] !== lang)) continue;
      if (ref !== -1 && e[2] !== ref) return -1;
      ref = e[2];
    }
    return ref;
  };

  return {
    words: new Map(Object.entries(header.words)),
    byId(id) {
      const v = findEntity(id);
      if (v < 0) return undefined;
      // Equal ids: the last one, as a map set in order keeps.
      let ls = buf.lastIndexOf(NL, v - 1) + 1;
      for (;;) {
        const next = buf.indexOf(NL, ls) + 1;
        if (next >= range.entities.end) break;
        const sep = buf.indexOf(SEP, next);
        if (buf.toString("utf8", next, sep) !== id) break;
        ls = next;
      }
      return entityAt(ls - range.entities.start);
    },
    alias(form, type, lang) {
      const entries = entriesOf(form);
      if (!entries) return undefined;
      let r = lang === ANY ? -1 : written(entries, lang, type);
      if (r < 0) r = implied(entries, ANY, type);
      if (r < 0) r = implied(entries, lang, ANY);
      return r < 0 ? undefined : entityAt(r);
    },
    key: (k) => byRef("key", k),
    translated: (k) => byRef("translated", k),
  };
}
