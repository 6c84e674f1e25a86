// Title cleaning, author splitting and language hints from HTML metadata.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDocument } from "htmlparser2";
import { readJsonLd } from "../../../src/extract/html/json-ld.ts";
import { cleanTitle, primaryLanguage, readMetadata, splitAuthors } from "../../../src/extract/html/metadata.ts";
import { readPageFacts } from "../../../src/extract/html/page-facts.ts";

const TITLES: { raw: string; site?: string; host?: string; want: string }[] = [
  { raw: "Міст відкрили у понеділок | Вісті Полісся", site: "Вісті Полісся", want: "Міст відкрили у понеділок" },
  { raw: "Русе получава нова линия - Дунавски вести", site: "Дунавски вести", want: "Русе получава нова линия" },
  { raw: "Северный курьер — В Архангельске открылась библиотека", site: "Северный курьер", want: "В Архангельске открылась библиотека" },
  { raw: "Lighthouse vote tonight – Harbour Gazette", host: "www.harbourgazette.com", want: "Lighthouse vote tonight" },
  { raw: "Lighthouse vote tonight | Local | HG", want: "Lighthouse vote tonight" },
  { raw: "Пожежа на складі (ФОТО)", want: "Пожежа на складі" },
  { raw: "Storm hits the coast [VIDEO]", want: "Storm hits the coast" },
  { raw: "Наводнение в городе | ВИДЕО", want: "Наводнение в городе" },
  { raw: "Council approves budget | Council approves budget", want: "Council approves budget" },
  { raw: "Ukraine war: what we know - in maps and charts", want: "Ukraine war: what we know - in maps and charts" },
];

for (const c of TITLES) {
  test(`metadata cleanTitle: ${c.raw}`, () => assert.equal(cleanTitle(c.raw, c.site, c.host), c.want));
}

const AUTHORS: { byline: string; want: string[] }[] = [
  { byline: "By Sam Porter and Jo Reed", want: ["Sam Porter", "Jo Reed"] },
  { byline: "Автор: Олена Коваль", want: ["Олена Коваль"] },
  { byline: "Мария Иванова и Петър Георгиев", want: ["Мария Иванова", "Петър Георгиев"] },
  { byline: "https://www.facebook.com/someone", want: [] },
  { byline: "Олена Коваль, Іван Петренко", want: ["Олена Коваль", "Іван Петренко"] },
];

for (const c of AUTHORS) {
  test(`metadata splitAuthors: ${c.byline}`, () => assert.deepEqual(splitAuthors(c.byline), c.want));
}

const LANGS: [string | undefined, string | undefined][] = [
  ["uk-UA", "uk"],
  ["bg", "bg"],
  ["ru_RU", "ru"],
  ["EN-gb", "en"],
  ["not a tag", undefined],
  [undefined, undefined],
];

for (const [tag, want] of LANGS) {
  test(`metadata primaryLanguage: ${tag}`, () => assert.equal(primaryLanguage(tag), want));
}

const BYLINE_PAGES: { name: string; html: string; want: string[] }[] = [
  {
    name: "link to the author's page",
    html: `<html><body><div class="meta"><a href="/authors/olena-koval">Олена Коваль</a></div><article><p>Text.</p></article></body></html>`,
    want: ["Олена Коваль"],
  },
  {
    name: "'Written by' label beside the name",
    html: `<html><body><div><p>Written by</p><p>Sam Porter</p></div><article><p>Text.</p></article></body></html>`,
    want: ["Sam Porter"],
  },
  {
    name: "'Автор:' label with the name in bold",
    html: `<html><body><p>Автор: <b>Мария Иванова</b></p><article><p>Text.</p></article></body></html>`,
    want: ["Мария Иванова"],
  },
];

for (const c of BYLINE_PAGES) {
  test(`metadata authors: ${c.name}`, () => {
    const dom = parseDocument(c.html);
    assert.deepEqual(readMetadata(readPageFacts(dom), readJsonLd(dom), undefined).author, c.want);
  });
}
