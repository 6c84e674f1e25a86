// Telling what an input is: its format from the file name, else from its first bytes; and whether it is
// binary (NUL bytes or too many control characters) rather than text.

import type { InputFormat } from "../model/doc.ts";

/** Inputs are judged binary from this many leading bytes. */
export const BINARY_SNIFF_BYTES = 64 * 1024;
/** More than this share of control bytes (other than tab, newline, form feed, carriage return, escape) means binary. */
export const MAX_CONTROL_BYTE_SHARE = 0.02;
/** Sniffing a format reads this many leading bytes. */
export const FORMAT_SNIFF_BYTES = 8 * 1024;
/** JSONL is told by parsing up to this many leading non-blank lines. */
export const JSONL_SNIFF_LINES = 3;

export type SniffedFormat = InputFormat | "jsonl";

const EXTENSION_FORMATS: Record<string, SniffedFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** File names crossnews reads when it walks a directory (and their `.gz`). */
export const KNOWN_EXTENSIONS = Object.keys(EXTENSION_FORMATS);

/** The format a file name tells (`.gz` stripped first), or undefined when the extension is unknown. */
export function formatFromName(name: string): SniffedFormat | undefined {
  const base = name.toLowerCase().replace(/\.gz$/, "");
  const dot = base.lastIndexOf(".");
  return dot === -1 ? undefined : EXTENSION_FORMATS[base.slice(dot)];
}

export function isGzipName(name: string): boolean {
  return name.toLowerCase().endsWith(".gz");
}

/** gzip's magic number. */
export function hasGzipMagic(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Control bytes that text files do not contain: C0 except \t \n \v \f \r and ESC. */
function isBinaryControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/** Binary: a NUL byte, or more than MAX_CONTROL_BYTE_SHARE control bytes, in the first BINARY_SNIFF_BYTES (UTF-16 with a BOM is text). */
export function isBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i];
    if (byte === 0) return true;
    if (isBinaryControlByte(byte)) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_BYTE_SHARE;
}

/** Only whitespace (and maybe a UTF-8 BOM): an empty input. */
export function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return true;
}

/** Markup at the start: a doctype, a comment, an XML declaration or a known HTML element. */
const LEADING_MARKUP =
  /^\s*<(?:!doctype\s+html|!--|\?xml|(?:html|head|body|meta|title|link|script|style|div|article|section|main|header|p|h[1-6]|table|span|a)\b)/i;

function looksLikeJsonl(head: string): boolean {
  const lines = head
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  // The last line of the sniffed head may be cut mid-record, so it only counts when it is the only one.
  const judged = lines.length > 1 && head.length >= FORMAT_SNIFF_BYTES ? lines.slice(0, -1) : lines;
  if (judged.length === 0 || !judged[0].startsWith("{")) return false;
  let objects = 0;
  for (const line of judged.slice(0, JSONL_SNIFF_LINES)) {
    try {
      const value: unknown = JSON.parse(line);
      if (value !== null && typeof value === "object" && !Array.isArray(value)) objects++;
    } catch {
      // a line that is not JSON: not evidence for JSONL
    }
  }
  return objects > 0 && objects >= Math.min(judged.length, JSONL_SNIFF_LINES) / 2;
}

/** The format of content whose name says nothing (stdin, unknown extensions): HTML, JSONL, else text. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, FORMAT_SNIFF_BYTES)).replace(/^\ufeff/, "");
  if (LEADING_MARKUP.test(head)) return "html";
  if (looksLikeJsonl(head)) return "jsonl";
  return "text";
}
