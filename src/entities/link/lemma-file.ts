// The shipped form of the base-form model (resources/lexicon/lemma-rules.bin): one gzipped JSON member
// per language (its rule tables, whole forms and vocabulary), so a run unpacks only the languages its
// documents are in. Layout: the magic line, a JSON header line (languages with rules, and each member's
// language and byte length), then the members back to back.

import { gunzipSync, gzipSync } from "node:zlib";
import type { LemmaModelData } from "./lemma-model.ts";

export const LEMMA_FILE_MAGIC = "crossnews-lemma-rules\t2";

/** A base-form model read language by language. */
export interface LemmaModelParts {
  /** Languages with rule tables, in the model's table order. */
  readonly languages: readonly string[];
  /** The part of the model for `lang` (its tables, forms and vocabulary), or undefined. */
  part(lang: string): LemmaModelData | undefined;
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
      p = { version: 1, tables: {}, forms: {}, vocab: {} };
      parts.set(lang, p);
    }
    return p;
  };
  for (const [key, table] of Object.entries(model.tables)) partOf(tableLang(key)).tables[key] = table;
  for (const [lang, forms] of Object.entries(model.forms)) partOf(lang).forms[lang] = forms;
  for (const [lang, words] of Object.entries(model.vocab ?? {})) partOf(lang).vocab[lang] = words;
  const members = [...parts].map(([lang, p]) => [lang, gzipSync(JSON.stringify(p), { level: 9 })] as const);
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
  const parsed = new Map<string, LemmaModelData>();
  return {
    languages: header.languages,
    part(lang) {
      let p = parsed.get(lang);
      if (p === undefined) {
        const r = ranges.get(lang);
        if (!r) return undefined;
        p = JSON.parse(gunzipSync(buf.subarray(r[0], r[1])).toString("utf8")) as LemmaModelData;
        parsed.set(lang, p);
      }
      return p;
    },
  };
}

/** A whole model seen as parts (every part is the model). */
export function wholeModelParts(model: LemmaModelData): LemmaModelParts {
  return { languages: Object.keys(model.tables).filter((k) => !k.includes("|")), part: () => model };
}
