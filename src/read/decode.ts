// The decode stage: raw bytes to text. BOM first, then a declared charset (JSONL hint, <meta charset>),
// then strict UTF-8, then statistical detection for the legacy charsets news sites still serve.

import chardet from "chardet";
import iconv from "iconv-lite";
import type { Doc } from "../model/doc.ts";
import { CrossnewsError } from "../model/message.ts";
import type { Stage } from "../pipeline/stage.ts";

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

export function decodeBytes(bytes: Uint8Array, declared?: string): { content: string; charset: string; evidence: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { content: new TextDecoder("utf-8").decode(bytes.subarray(3)), charset: "utf-8", evidence: "bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { content: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), charset: "utf-16le", evidence: "bom" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { content: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), charset: "utf-16be", evidence: "bom" };
  try {
    return { content: utf8Strict.decode(bytes), charset: "utf-8", evidence: "utf8" };
  } catch {
    // not UTF-8: fall through to declared and detected legacy charsets
  }
  if (declared && iconv.encodingExists(declared)) {
    return { content: iconv.decode(Buffer.from(bytes), declared), charset: declared.toLowerCase(), evidence: "declared" };
  }
  const detected = chardet.detect(bytes);
  if (detected && iconv.encodingExists(detected)) {
    return { content: iconv.decode(Buffer.from(bytes), detected), charset: detected.toLowerCase(), evidence: "detected" };
  }
  return { content: new TextDecoder("utf-8").decode(bytes), charset: "utf-8", evidence: "replaced" };
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
    if (!raw.bytes) throw new CrossnewsError("read/empty", raw.input);
    const decoded = decodeBytes(raw.bytes, raw.hints.charset);
    return {
      ...doc,
      decode: { content: decoded.content, charset: decoded.charset, charsetEvidence: decoded.evidence, format: raw.format },
    };
  },
};
