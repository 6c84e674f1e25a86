// The shipped form of the base-form model (resources/lexicon/lemma-rules.bin): one gzipped member per
// language, so a run unpacks only the languages its documents are in. Layout: the magic line, a JSON
// header line (languages with rules, and each member's language and byte length), then the members back
// to back. A member is a JSON line (whole forms, vocabulary, indeclinable first names, complement words,
// and each rule table's key and UTF-8 byte length), then the tables' text (`tableText` in suffix-rules.ts)
// back to back: a table is decoded on its first use and read in place, never parsed whole.

import { gunzipSync, gzipSync } from "node:zlib";
import type { LemmaModelData } from "./lemma-model.ts";
import { isSuffixClosed, RuleTable, type RuleTableData, tableText } from "./suffix-rules.ts";

export const LEMMA_FILE_MAGIC = "crossnews-lemma-rules\t3";

/** A base-form model read language by language. */
export interface LemmaModelParts {
  /** Languages with rule tables, in the model's table order. */
  readonly languages: readonly string[];
  /** The whole forms, vocabulary, indeclinable first names and complement words of `lang` (`forms[lang]`, …), or undefined. */
  part(lang: string): Pick<LemmaModelData, "forms" | "vocab" | "indeclinable" | "complements"> | undefined;
  /** The rule table under `key` (`lang|type|position…`), or undefined. */
  table(key: string): RuleTable | undefined;
}

/** A member's JSON line: the language's forms and word lists, and its tables' keys and byte lengths. */
interface MemberHead {
  forms: LemmaModelData["forms"];
  vocab: LemmaModelData["vocab"];
  indeclinable: NonNullable<LemmaModelData["indeclinable"]>;
  complements: NonNullable<LemmaModelData["complements"]>;
  /** Key, byte length of its text, and whether it is suffix-closed (1) or not (0). */
  tables: [key: string, bytes: number, suffixClosed: number][];
}

interface Header {
  languages: string[];
  members: [lang: string, bytes: number][];
}

/** The language a rule table key (`lang|type|position`, `lang|type`, `lang`) belongs to. */
export function tableLang(key: string): string {
  const bar = key.indexOf("|");
  return bar < 0 ? key : key.slice(0, bar);
}

/** `model` split by language and packed (deterministic: languages and keys in the model's order). */
export function packLemmaModel(model: LemmaModelData): Buffer {
  const parts = new Map<string, LemmaModelData>();
  const partOf = (lang: string) => {
    let p = parts.get(lang);
    if (!p) {
      p = { version: 1, tables: {}, forms: {}, vocab: {}, indeclinable: {}, complements: {} };
      parts.set(lang, p);
    }
    return p;
  };
  for (const [key, table] of Object.entries(model.tables)) partOf(tableLang(key)).tables[key] = table;
  for (const [lang, forms] of Object.entries(model.forms)) partOf(lang).forms[lang] = forms;
  for (const [lang, words] of Object.entries(model.vocab ?? {})) partOf(lang).vocab[lang] = words;
  for (const [lang, words] of Object.entries(model.indeclinable ?? {})) (partOf(lang).indeclinable as Record<string, string>)[lang] = words;
  for (const [lang, words] of Object.entries(model.complements ?? {})) (partOf(lang).complements as Record<string, string>)[lang] = words;
  const members = [...parts].map(([lang, p]) => {
    const texts = Object.entries(p.tables).map(
      ([key, table]) => [key, Buffer.from(tableText(table), "utf8"), isSuffixClosed(table)] as const,
    );
    const head: MemberHead = {
      forms: p.forms,
      vocab: p.vocab,
      indeclinable: p.indeclinable ?? {},
      complements: p.complements ?? {},
      tables: texts.map(([key, b, closed]) => [key, b.length, closed ? 1 : 0]),
    };
    const member = Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, "utf8"), ...texts.map(([, b]) => b)]);
    return [lang, gzipSync(member, { level: 9 })] as const;
  });
  const header: Header = {
    languages: Object.keys(model.tables).filter((k) => !k.includes("|")),
    members: members.map(([lang, bytes]) => [lang, bytes.length]),
  };
  return Buffer.concat([Buffer.from(`${LEMMA_FILE_MAGIC}\n${JSON.stringify(header)}\n`, "utf8"), ...members.map(([, b]) => b)]);
}

/** The parts of a packed model, each unpacked on first use. */
export function lemmaModelParts(buf: Buffer): LemmaModelParts {
  const magicEnd = buf.indexOf(10);
  if (buf.toString("utf8", 0, magicEnd) !== LEMMA_FILE_MAGIC) throw new Error("lemma rules: not a packed model");
  const headerEnd = buf.indexOf(10, magicEnd + 1);
  const header = JSON.parse(buf.toString("utf8", magicEnd + 1, headerEnd)) as Header;
  const ranges = new Map<string, [number, number]>();
  let at = headerEnd + 1;
  for (const [lang, bytes] of header.members) {
    ranges.set(lang, [at, at + bytes]);
    at += bytes;
  }
  const unpacked = new Map<string, { head: MemberHead; body: Buffer; at: Map<string, [number, number, number]> } | null>();
  const member = (lang: string) => {
    let m = unpacked.get(lang);
    if (m === undefined) {
      const r = ranges.get(lang);
      if (r) {
        const body = gunzipSync(buf.subarray(r[0], r[1]));
        const headEnd = body.indexOf(10);
        const head = JSON.parse(body.toString("utf8", 0, headEnd)) as MemberHead;
        const at = new Map<string, [number, number, number]>();
        let from = headEnd + 1;
        for (const [key, bytes, closed] of head.tables) {
          at.set(key, [from, from + bytes, closed]);
          from += bytes;
        }
        m = { head, body, at };
      } else m = null;
      unpacked.set(lang, m);
    }
    return m ?? undefined;
  };
  return {
    languages: header.languages,
    part: (lang) => member(lang)?.head,
    table(key) {
      const m = member(tableLang(key));
      const r = m?.at.get(key);
      return m && r ? new RuleTable(m.body.toString("utf8", r[0], r[1]), r[2] === 1) : undefined;
    },
  };
}

/** A whole model seen as parts (every part is the model). */
export function wholeModelParts(model: LemmaModelData): LemmaModelParts {
  return {
    languages: Object.keys(model.tables).filter((k) => !k.includes("|")),
    part: () => model,
    table: (key) => (Object.hasOwn(model.tables, key) ? new RuleTable(model.tables[key] as RuleTableData) : undefined),
  };
}
