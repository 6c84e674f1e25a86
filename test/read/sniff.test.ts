// Format from file names and from content; binary and blank inputs.

import assert from "node:assert/strict";
import { test } from "node:test";
import { formatFromName, isBinary, isBlank, sniffFormat } from "../../src/read/sniff.ts";

const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

test("sniff: format from the file name", () => {
  const cases: [string, string | undefined][] = [
    ["a.txt", "text"],
    ["a.md", "markdown"],
    ["A.HTML", "html"],
    ["a.htm", "html"],
    ["a.jsonl", "jsonl"],
    ["a.html.gz", "html"],
    ["dir.v2/a.jsonl.gz", "jsonl"],
    ["a.gz", undefined],
    ["README", undefined],
    ["a.ann", undefined],
  ];
  for (const [name, expected] of cases) assert.equal(formatFromName(name), expected, name);
});

test("sniff: format from content", () => {
  const cases: [string, string][] = [
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["\n  <html lang=uk><p>Привіт</p>", "html"],
    ["\ufeff<div class=post>Текст</div>", "html"],
    ['{"url":"https://a.example/1","text":"Один"}\n{"url":"https://a.example/2","text":"Два"}\n', "jsonl"],
    ['{"text":"один рядок"}', "jsonl"],
    ["Звичайний текст статті.\n\nДругий абзац.", "text"],
    ["# Заголовок\n\nТекст <b>жирний</b>.", "text"],
    ["{не json}\nрядок", "text"],
    ["<3 love this", "text"],
  ];
  for (const [content, expected] of cases) assert.equal(sniffFormat(bytes(content)), expected, content);
});

test("sniff: binary and blank inputs", () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const controls = new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x61)));
  const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]);
  const cases: [string, Uint8Array, boolean, boolean][] = [
    ["text", bytes("Текст\tз табуляцією\r\n"), false, false],
    ["png", png, true, false],
    ["control bytes", controls, true, false],
    ["utf-16 with BOM", utf16, false, false],
    ["whitespace", bytes(" \n\t\r\n"), false, true],
    ["only a BOM", new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), false, true],
    ["nothing", new Uint8Array(0), false, true],
  ];
  for (const [name, input, binary, blank] of cases) {
    assert.equal(isBinary(input), binary, `${name}: binary`);
    assert.equal(isBlank(input), blank, `${name}: blank`);
  }
});
