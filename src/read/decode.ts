// The decode stage: raw bytes to text. 1. a byte-order mark; 2. a declared charset (JSONL/HTTP hint, then
// <meta charset> in HTML), checked against the bytes; 3. strict UTF-8; 4. detection: the legacy Cyrillic
// charsets by plausibility, then chardet's guess; 5. otherwise the input is undecodable (fatal).

import iconv from "iconv-lite";
import type { Doc, InputFormat } from "../model/doc.ts";
import { CrossnewsError, type Message, makeMessage } from "../model/message.ts";
import type { Stage } from "../pipeline/stage.ts";
import { canonicalCharset, declaredHtmlCharset } from "./charset-label.ts";
import { detectCyrillic, detectOther, isCyrillicCharset } from "./cyrillic-charsets.ts";
import { cyrillicPlausibility } from "./cyrillic-plausibility.ts";

/** A decoding whose text holds more than this share of U+FFFD or C1 control characters is no decoding. */
export const MAX_GARBAGE_CHAR_SHARE = 0.02;
/** A declared Cyrillic charset is overruled when another Cyrillic charset's plausibility score beats it by this much. */
export const DECLARED_OVERRULE_MARGIN = 0.2;

export interface Decoded {
  content: string;
  charset: string;
  /** bom | declared | meta | utf8 | detected */
  evidence: string;
  /** Problems met on the way (a declaration that did not fit, an unknown label). */
  notes: { code: "decode/declared-mismatch" | "decode/unknown-charset"; params: Record<string, string> }[];
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Any byte >= 0x80: valid UTF-8 with such bytes is almost never an accident of another charset. */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** Share of U+FFFD and C1 control characters: the mark of bytes read with the wrong table. */
export function garbageCharShare(text: string): number {
  if (text.length === 0) return 0;
  const garbage = text.match(/[\ufffd\u0080-\u009f]/gu)?.length ?? 0;
  return garbage / text.length;
}

function bomDecoding(bytes: Uint8Array): Decoded | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { content: decodeWith(bytes.subarray(3), "utf-8"), charset: "utf-8", evidence: "bom", notes: [] };
  if (a === 0xff && b === 0xfe)
    return { content: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), charset: "utf-16le", evidence: "bom", notes: [] };
  if (a === 0xfe && b === 0xff)
    return { content: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), charset: "utf-16be", evidence: "bom", notes: [] };
  return undefined;
}

/** A declared legacy Cyrillic charset that yields implausible text while another Cyrillic charset reads well. */
function declaredLooksWrong(content: string, charset: string, bytes: Uint8Array): string | undefined {
  if (!isCyrillicCharset(charset)) return undefined;
  const declared = cyrillicPlausibility(content);
  if (declared.words === 0) return undefined;
  const detected = detectCyrillic(bytes);
  return detected && detected.charset !== charset && detected.score >= declared.score + DECLARED_OVERRULE_MARGIN
    ? detected.charset
    : undefined;
}

/** Decode bytes to text with the cascade described at the top of this module. Throws `decode/undecodable`. */
export function decodeBytes(bytes: Uint8Array, opts: { declared?: string; format?: InputFormat; input?: string } = {}): Decoded {
  const bom = bomDecoding(bytes);
  if (bom) return bom;
  const notes: Decoded["notes"] = [];
  const declarations: [string, string][] = [];
  if (opts.declared) declarations.push([opts.declared, "declared"]);
  if (opts.format === "html") {
    const meta = declaredHtmlCharset(bytes);
    if (meta) declarations.push([meta, "meta"]);
  }
  const utf8 = strictUtf8(bytes);
  for (const [label, evidence] of declarations) {
    const charset = canonicalCharset(label);
    if (!charset) {
      notes.push({ code: "decode/unknown-charset", params: { charset: label } });
      continue;
    }
    // A page cannot declare UTF-16 in ASCII bytes (HTML spec: treat as UTF-8); undecodable UTF-8 falls through.
    if (charset === "utf-8" || charset.startsWith("utf-16")) {
      if (utf8 !== undefined) return { content: utf8, charset: "utf-8", evidence, notes };
      notes.push({ code: "decode/declared-mismatch", params: { charset: label } });
      continue;
    }
    // Multi-byte UTF-8 sequences that all validate do not happen by chance: the declaration is stale.
    if (utf8 !== undefined && hasNonAscii(bytes)) {
      notes.push({ code: "decode/declared-mismatch", params: { charset: label } });
      return { content: utf8, charset: "utf-8", evidence: "utf8", notes };
    }
    const content = decodeWith(bytes, charset);
    const better = declaredLooksWrong(content, charset, bytes);
    if (better) {
      notes.push({ code: "decode/declared-mismatch", params: { charset: label } });
      return { content: decodeWith(bytes, better), charset: better, evidence: "detected", notes };
    }
    if (garbageCharShare(content) <= MAX_GARBAGE_CHAR_SHARE) return { content, charset, evidence, notes };
    notes.push({ code: "decode/declared-mismatch", params: { charset: label } });
  }
  if (utf8 !== undefined) return { content: utf8, charset: "utf-8", evidence: "utf8", notes };
  const tried = ["utf-8"];
  const cyrillic = detectCyrillic(bytes);
  if (cyrillic) return { content: decodeWith(bytes, cyrillic.charset), charset: cyrillic.charset, evidence: "detected", notes };
  tried.push("windows-1251", "koi8-r", "koi8-u", "iso-8859-5", "ibm866");
  const other = detectOther(bytes);
  if (other) {
    const content = decodeWith(bytes, other.charset);
    if (garbageCharShare(content) <= MAX_GARBAGE_CHAR_SHARE) return { content, charset: other.charset, evidence: "detected", notes };
    tried.push(other.charset);
  }
  throw new CrossnewsError("decode/undecodable", opts.input ?? "input", { tried: tried.join(", ") });
}

export const decodeStage: Stage = {
  name: "decode",
  requires: [],
  adds: ["decode"],
  run(doc: Doc): Doc {
    const { raw } = doc;
    if (raw.content !== undefined) {
      return { ...doc, decode: { content: raw.content, charset: "utf-8", charsetEvidence: "given", format: raw.format } };
    }
    if (!raw.bytes || raw.bytes.length === 0) throw new CrossnewsError("read/empty", raw.input);
    const decoded = decodeBytes(raw.bytes, { declared: raw.hints.charset, format: raw.format, input: raw.input });
    const messages: Message[] = decoded.notes.map((n) => makeMessage(n.code, "info", raw.input, n.params));
    return {
      ...doc,
      ...(messages.length > 0 && { messages: [...doc.messages, ...messages] }),
      decode: { content: decoded.content, charset: decoded.charset, charsetEvidence: decoded.evidence, format: raw.format },
    };
  },
};
