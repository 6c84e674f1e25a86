// The decode cascade: BOMs, declared charsets (hint, <meta>), strict UTF-8, Cyrillic detection incl. KOI8-U,
// wrong declarations, and undecodable bytes. Fixtures are our own sentences, encoded with iconv-lite here.

import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import type { InputFormat } from "../../src/model/doc.ts";
import { CrossnewsError } from "../../src/model/message.ts";
import { decodeBytes, decodeStage } from "../../src/read/decode.ts";

// Only letters every tested charset has (no em dash, no typographic quotes: KOI8 and ISO-8859-5 lack them).
const UK = "Київ є столицею України. Їжак їсть яблуко, а ґанок стоїть біля річки. Уряд обговорив нові угоди з сусідами.";
/** ISO-8859-5 and IBM866 have no ґ. */
const UK_NO_GHE = "Уряд обговорив нові угоди з сусідами. Їхні делегації зустрінуться в Києві наступного тижня, повідомили міністри.";
const RU = "Москва готовится к зиме. Городские службы заявили, что ремонт дорог закончится на следующей неделе.";
const BG = "Правителството обяви нови мерки за икономиката. Министърът каза, че заплатите ще растат през есента.";
const RU_CAPS = "СРОЧНО: ПРАВИТЕЛЬСТВО ОБЪЯВИЛО НОВЫЕ МЕРЫ ПОДДЕРЖКИ ДЛЯ СЕМЕЙ С ДЕТЬМИ";
const EN = "The council met on Tuesday and agreed a new budget.";
const FR = "Le conseil municipal a voté un budget très différent, à la surprise générale des élèves.";

function enc(text: string, charset: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, charset));
}

function html(charsetDecl: string, body: string, charset: string): Uint8Array {
  return enc(`<!doctype html><html><head>${charsetDecl}<title>t</title></head><body><p>${body}</p></body></html>`, charset);
}

interface Case {
  name: string;
  bytes: Uint8Array;
  declared?: string;
  format?: InputFormat;
  text: string;
  charset: string;
  evidence: string;
  note?: string;
}

const CASES: Case[] = [
  { name: "utf-8", bytes: enc(UK, "utf-8"), text: UK, charset: "utf-8", evidence: "utf8" },
  { name: "ascii", bytes: enc(EN, "utf-8"), text: EN, charset: "utf-8", evidence: "utf8" },
  { name: "utf-8 BOM", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc(RU, "utf-8")]), text: RU, charset: "utf-8", evidence: "bom" },
  { name: "utf-16le BOM", bytes: new Uint8Array([0xff, 0xfe, ...enc(BG, "utf-16le")]), text: BG, charset: "utf-16le", evidence: "bom" },
  { name: "utf-16be BOM", bytes: new Uint8Array([0xfe, 0xff, ...enc(BG, "utf-16be")]), text: BG, charset: "utf-16be", evidence: "bom" },
  { name: "uk windows-1251", bytes: enc(UK, "windows-1251"), text: UK, charset: "windows-1251", evidence: "detected" },
  { name: "uk koi8-u", bytes: enc(UK, "koi8-u"), text: UK, charset: "koi8-u", evidence: "detected" },
  { name: "uk iso-8859-5", bytes: enc(UK_NO_GHE, "iso-8859-5"), text: UK_NO_GHE, charset: "iso-8859-5", evidence: "detected" },
  { name: "ru windows-1251", bytes: enc(RU, "windows-1251"), text: RU, charset: "windows-1251", evidence: "detected" },
  { name: "ru koi8-r", bytes: enc(RU, "koi8-r"), text: RU, charset: "koi8-r", evidence: "detected" },
  { name: "ru iso-8859-5", bytes: enc(RU, "iso-8859-5"), text: RU, charset: "iso-8859-5", evidence: "detected" },
  { name: "ru ibm866", bytes: enc(RU, "ibm866"), text: RU, charset: "ibm866", evidence: "detected" },
  { name: "ru all caps windows-1251", bytes: enc(RU_CAPS, "windows-1251"), text: RU_CAPS, charset: "windows-1251", evidence: "detected" },
  { name: "ru all caps koi8-r", bytes: enc(RU_CAPS, "koi8-r"), text: RU_CAPS, charset: "koi8-r", evidence: "detected" },
  { name: "bg windows-1251", bytes: enc(BG, "windows-1251"), text: BG, charset: "windows-1251", evidence: "detected" },
  { name: "bg koi8-r", bytes: enc(BG, "koi8-r"), text: BG, charset: "koi8-r", evidence: "detected" },
  { name: "fr windows-1252", bytes: enc(FR, "windows-1252"), text: FR, charset: "windows-1252", evidence: "detected" },
  { name: "hint koi8-u", bytes: enc(UK, "koi8-u"), declared: "KOI8-U", text: UK, charset: "koi8-u", evidence: "declared" },
  {
    name: "hint alias cp1251",
    bytes: enc(RU, "windows-1251"),
    declared: "cp1251",
    text: RU,
    charset: "windows-1251",
    evidence: "declared",
  },
  {
    name: "hint utf-8 but windows-1251 bytes",
    bytes: enc(RU, "windows-1251"),
    declared: "utf-8",
    text: RU,
    charset: "windows-1251",
    evidence: "detected",
    note: "decode/declared-mismatch",
  },
  {
    name: "hint koi8-r but windows-1251 bytes",
    bytes: enc(RU, "windows-1251"),
    declared: "koi8-r",
    text: RU,
    charset: "windows-1251",
    evidence: "detected",
    note: "decode/declared-mismatch",
  },
  {
    name: "hint windows-1251 but utf-8 bytes",
    bytes: enc(UK, "utf-8"),
    declared: "windows-1251",
    text: UK,
    charset: "utf-8",
    evidence: "utf8",
    note: "decode/declared-mismatch",
  },
  {
    name: "unknown hint",
    bytes: enc(UK, "koi8-u"),
    declared: "x-klingon",
    text: UK,
    charset: "koi8-u",
    evidence: "detected",
    note: "decode/unknown-charset",
  },
];

test("decode: charset cascade", () => {
  for (const c of CASES) {
    const decoded = decodeBytes(c.bytes, { declared: c.declared, format: c.format });
    assert.equal(decoded.content, c.text, `${c.name}: text`);
    assert.equal(decoded.charset, c.charset, `${c.name}: charset`);
    assert.equal(decoded.evidence, c.evidence, `${c.name}: evidence`);
    assert.deepEqual(
      decoded.notes.map((n) => n.code),
      c.note ? [c.note] : [],
      `${c.name}: notes`,
    );
  }
});

const HTML_CASES: { name: string; bytes: Uint8Array; declared?: string; body: string; charset: string; evidence: string }[] = [
  { name: "meta charset koi8-u", bytes: html('<meta charset="koi8-u">', UK, "koi8-u"), body: UK, charset: "koi8-u", evidence: "meta" },
  {
    name: "http-equiv windows-1251",
    bytes: html('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', RU, "windows-1251"),
    body: RU,
    charset: "windows-1251",
    evidence: "meta",
  },
  {
    name: "meta utf-8 but koi8-r bytes",
    bytes: html("<meta charset=utf-8>", RU, "koi8-r"),
    body: RU,
    charset: "koi8-r",
    evidence: "detected",
  },
  {
    name: "meta windows-1251 but utf-8 bytes",
    bytes: html("<meta charset='windows-1251'>", BG, "utf-8"),
    body: BG,
    charset: "utf-8",
    evidence: "utf8",
  },
  {
    name: "hint wins over meta",
    bytes: html('<meta charset="koi8-r">', UK, "koi8-u"),
    declared: "koi8-u",
    body: UK,
    charset: "koi8-u",
    evidence: "declared",
  },
  { name: "no declaration", bytes: html("", UK, "windows-1251"), body: UK, charset: "windows-1251", evidence: "detected" },
  {
    name: "no declaration, words glued to markup",
    bytes: enc(
      `<ul>${RU.split(" ")
        .map((w) => `<li>${w}</li>`)
        .join("")}</ul>`,
      "koi8-r",
    ),
    body: "<li>Москва</li><li>готовится</li>",
    charset: "koi8-r",
    evidence: "detected",
  },
];

test("decode: charset declared in HTML", () => {
  for (const c of HTML_CASES) {
    const decoded = decodeBytes(c.bytes, { format: "html", declared: c.declared });
    assert.ok(decoded.content.includes(c.body), `${c.name}: text`);
    assert.equal(decoded.charset, c.charset, `${c.name}: charset`);
    assert.equal(decoded.evidence, c.evidence, `${c.name}: evidence`);
  }
});

test("decode: bytes that are text in no charset are undecodable", () => {
  const c1Controls = new Uint8Array(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 32)));
  assert.throws(
    () => decodeBytes(c1Controls, { input: "junk.txt" }),
    (error: unknown) => error instanceof CrossnewsError && error.code === "decode/undecodable" && error.input === "junk.txt",
  );
});

test("decode stage: records the charset and its evidence, notes mismatches as messages", () => {
  const raw = {
    input: "a.html",
    path: "a.html",
    format: "html" as const,
    bytes: html("<meta charset=utf-8>", RU, "windows-1251"),
    hints: {},
  };
  const doc = decodeStage.run({ raw, now: "2026-01-01", nowSource: "flag", messages: [] }, { noExtract: false });
  assert.equal(doc.decode?.charset, "windows-1251");
  assert.equal(doc.decode?.charsetEvidence, "detected");
  assert.deepEqual(
    doc.messages.map((m) => [m.code, m.input]),
    [["decode/declared-mismatch", "a.html"]],
  );
  const given = decodeStage.run(
    { raw: { ...raw, bytes: undefined, content: UK }, now: "x", nowSource: "flag", messages: [] },
    { noExtract: false },
  );
  assert.equal(given.decode?.content, UK);
  assert.equal(given.decode?.charsetEvidence, "given");
});
