// Publication dates of hand-built HTML pages: each rung of the cascade, and dates that belong to
// sidebars, related lists, comments or the masthead left out.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDocument } from "htmlparser2";
import { findPublishedDate } from "../../../src/extract/date/index.ts";

const NOW = "2026-11-22T00:00:00Z";

const page = (head: string, body: string): string => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const article = (inner: string): string =>
  `<article><h1>Harbour bridge reopens after repairs</h1>${inner}<p>${"The council said the work was finished. ".repeat(8)}</p></article>`;

const cases: { name: string; html: string; url?: string; value: string | null; evidence?: string }[] = [
  {
    name: "JSON-LD datePublished of the article, not of the related items",
    html: page(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T08:00:00+01:00",
        "relatedLink":[{"@type":"NewsArticle","datePublished":"2024-01-01"}]}</script>`,
      article(""),
    ),
    value: "2024-03-05T08:00+01:00",
    evidence: "json-ld",
  },
  {
    name: "JSON-LD graph with an item list first",
    html: page(
      `<script type="application/ld+json">{"@graph":[{"@type":"ItemList","itemListElement":[{"@type":"Article","datePublished":"2023-12-24"}]},
        {"@type":"BlogPosting","datePublished":"2024-02-02"}]}</script>`,
      article(""),
    ),
    value: "2024-02-02",
  },
  {
    name: "Open Graph meta tag",
    html: page(`<meta property="article:published_time" content="2022-10-11T16:30:00Z">`, article("")),
    value: "2022-10-11T16:30Z",
    evidence: "meta:article:published_time",
  },
  {
    name: "Dublin Core meta tag",
    html: page(`<meta name="DC.date.issued" content="2021-04-09">`, article("")),
    value: "2021-04-09",
  },
  {
    name: "<time> in the article header, not the one in the sidebar before it",
    html: page(
      "",
      `<aside class="sidebar"><time datetime="2025-01-01T10:00">today</time></aside>` +
        article(`<p class="byline"><time datetime="2020-05-17T09:30">17 May 2020</time></p>`),
    ),
    value: "2020-05-17T09:30",
    evidence: "time",
  },
  {
    name: "itemprop datePublished rather than dateModified",
    html: page(
      "",
      article(
        `<span itemprop="dateModified" content="2021-02-02">upd</span><span itemprop="datePublished" content="2021-01-15">pub</span>`,
      ),
    ),
    value: "2021-01-15",
  },
  {
    name: "a date in the URL",
    html: page("", article("")),
    url: "https://example.org/news/2019/11/19/harbour-bridge/",
    value: "2019-11-19",
    evidence: "url",
  },
  {
    name: "a date written under the title",
    html: page("", article(`<div>Jane Roe · 3 April 2018</div>`)),
    value: "2018-04-03",
    evidence: "text:header",
  },
  {
    name: "a written date in the page's own language under the title",
    html: `<html lang="uk"><body><h1>Міст відкрили після ремонту</h1><div>Олена Коваль, 12 вересня 2023</div><p>${"Роботи завершили вчасно. ".repeat(10)}</p></body></html>`,
    value: "2023-09-12",
  },
  {
    name: "the UTC date one day after the date the page shows: the shown day",
    html: page(
      `<meta property="article:published_time" content="2023-06-02T02:15:00+00:00">`,
      article(`<div class="meta">Published June 1, 2023, 10:15 p.m. ET</div>`),
    ),
    value: "2023-06-01T22:15",
  },
  {
    name: "a shown update date that the page states as dateModified",
    html: page(
      `<script type="application/ld+json">{"@type":"Article","datePublished":"2019-01-10","dateModified":"2021-08-30"}</script>`,
      article(`<div>Aktualisiert am 30. August 2021</div>`),
    ),
    value: "2021-08-30",
  },
  {
    name: "a masthead date far above the title is today's, not the article's",
    html: page(
      "",
      `<div class="topbar-date">Monday, 9 March 2026</div>${"<div>menu item</div>".repeat(60)}` +
        article(`<p class="posted">Posted 4 February 2026</p>`),
    ),
    value: "2026-02-04",
  },
  {
    name: "dates only in the related list and comments: none",
    html: page(
      "",
      article("") +
        `<section class="related-posts"><time datetime="2024-07-01">1 July 2024</time></section>` +
        `<div id="comments"><time datetime="2024-07-02">2 July 2024</time></div>`,
    ),
    value: null,
  },
  {
    name: "a cue word introducing the date",
    html: `<html><body><div><h3>Notes</h3><p>Datum: 03.02.2022</p><p>${"Text of the note here. ".repeat(10)}</p></div></body></html>`,
    value: "2022-02-03",
  },
  {
    name: "a date in the future is not a publication date",
    html: page(`<meta property="article:published_time" content="2031-01-01">`, article("")),
    value: null,
  },
  {
    name: "a date nested in an update line is the update, not the publication",
    html: page(
      "",
      article(
        `<div class="meta"><span class="cat">Health</span><span class="date">May 2, 2022</span><div class="upd">Last Updated on <span class="date">Jan 9, 2024</span></div></div>`,
      ),
    ),
    value: "2022-05-02",
  },
  {
    name: "a date list far below the title yields to the date next to the title",
    html: page(
      "",
      `<div>Ferry news · 6 February 2026</div><h1>Ferry timetable changes</h1>${"<p>Text of the timetable article goes here in some detail.</p>".repeat(60)}<div class="date">Mar 3, 2026</div><div class="date">Feb 26, 2026</div>`,
    ),
    value: "2026-02-06",
  },
  {
    name: "a year-less date with its time under the title takes the latest such day before the reference time",
    html: `<html lang="uk"><body><h1>Міст відкрили після ремонту</h1><div>14 березня, 09:05</div><p>${"Роботи завершили вчасно. ".repeat(10)}</p></body></html>`,
    value: "2026-03-14T09:05",
  },
  {
    name: "the reference day right above the title is the masthead, not the article's date",
    html: `<html><body><div>22 November 2026</div><h1>Ferry timetable changes</h1><p>${"The ferry company changed its timetable. ".repeat(10)}</p></body></html>`,
    value: null,
  },
  {
    name: "a page with nothing but text",
    html: "<p>No date anywhere on this page at all.</p>",
    value: null,
  },
];

test("extract/date html: the dateline that opens the body", () => {
  const html = "<html><body><div><p>Ferry timetable</p></div></body></html>";
  const bodyText = "OSLO, March 3 (Nordpress) – The ferry company said on Tuesday that it would add two crossings.";
  const found = findPublishedDate({ dom: parseDocument(html), now: NOW, bodyText });
  assert.equal(found?.value, "2026-03-03");
  assert.equal(found?.evidence, "text:dateline");
});

for (const c of cases) {
  test(`extract/date html: ${c.name}`, () => {
    const found = findPublishedDate({ dom: parseDocument(c.html), url: c.url, now: NOW });
    assert.equal(found?.value ?? null, c.value);
    if (c.evidence) assert.equal(found?.evidence, c.evidence);
  });
}
