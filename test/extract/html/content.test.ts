// The HTML cascade keeps the article and drops the furniture around it, in four languages.

import assert from "node:assert/strict";
import { test } from "node:test";
import { extractHtml } from "../../../src/extract/index.ts";
import { HOME_PAGE, LISTING_PAGE, PAGES } from "./fixtures.ts";

const NOW = "2026-06-01T12:00:00Z";

for (const page of PAGES) {
  test(`extract html: ${page.name} page keeps the article, drops nav/share/caption/related/comments/cookie/footer`, () => {
    const { layer, messages } = extractHtml(page.html, { input: `${page.name}.html`, now: NOW });
    assert.equal(layer.method, "html:main");
    for (const sentence of page.must) assert.ok(layer.text.includes(sentence), `missing: ${sentence}\n---\n${layer.text}`);
    for (const junk of page.mustNot) assert.ok(!layer.text.includes(junk), `kept: ${junk}\n---\n${layer.text}`);
    assert.deepEqual(messages, []);
  });

  test(`extract html: ${page.name} page body is paragraphs one blank line apart, list items on their own lines`, () => {
    const { layer } = extractHtml(page.html, { input: `${page.name}.html`, now: NOW });
    assert.ok(!/\n{3,}/.test(layer.text));
    assert.ok(layer.text.startsWith(page.must[0] as string));
    const list = page.must.slice(-2);
    assert.ok(layer.text.includes(`- ${list[0]}\n- ${list[1]}`), layer.text);
  });

  test(`extract html: ${page.name} page metadata (title without site, author, site, canonical, tags, lang)`, () => {
    const { layer } = extractHtml(page.html, { input: `${page.name}.html`, now: NOW });
    assert.equal(layer.title, page.title);
    assert.deepEqual(layer.author, page.author);
    assert.equal(layer.site, page.site);
    assert.equal(layer.langHint, page.lang);
    assert.equal(layer.canonicalUrl, `https://example.${page.lang}/news/1`);
    assert.ok(layer.tags && layer.tags.length === 1);
  });
}

const BAD_INPUT: { name: string; html: string; method?: string; code?: string }[] = [
  { name: "home page with teasers only", html: HOME_PAGE, code: "extract/no-body" },
  { name: "section front with excerpts", html: LISTING_PAGE, method: "html:listing", code: "extract/no-body" },
  { name: "empty string", html: "", method: "html:none", code: "extract/no-body" },
  { name: "binary-looking bytes", html: "\u0000\u0001\u0002PNG\u0000\u00ff".repeat(200), method: "html:none", code: "extract/no-body" },
  { name: "unclosed tags everywhere", html: "<div><p>unclosed <b>bold <i>italic <div><table><tr><td>cell".repeat(50), code: undefined },
  { name: "stray closing tags and broken attributes", html: `</div></p><p class="x>y'>text</a></html>`.repeat(30), code: undefined },
];

for (const c of BAD_INPUT) {
  test(`extract html: bad input (${c.name}) gets a defined answer`, () => {
    const { layer, messages } = extractHtml(c.html, { input: "bad.html", now: NOW });
    assert.equal(typeof layer.text, "string");
    if (c.method) assert.equal(layer.method, c.method);
    if (c.code) assert.ok(messages.some((m) => m.code === c.code));
  });
}

test("extract html: a truncated page keeps what is there and says it is truncated", () => {
  const page = PAGES[3]?.html ?? "";
  const cut = page.slice(0, page.indexOf("<h2>"));
  const { layer, messages } = extractHtml(cut, { input: "cut.html", now: NOW });
  assert.ok(layer.text.includes("voted on Tuesday to restore the old lighthouse"));
  assert.ok(messages.some((m) => m.code === "extract/truncated-html"));
});

test("extract html: 50,000 nested elements do not overflow the stack", () => {
  const depth = 50_000;
  const html = `<html><body>${"<div>".repeat(depth)}<p>Deep inside the page there is one long paragraph of text, long enough to be an article body, written plainly with commas, clauses and a full stop at its end so it scores as prose.</p>${"</div>".repeat(depth)}</body></html>`;
  const { layer } = extractHtml(html, { input: "deep.html", now: NOW });
  assert.ok(layer.text.startsWith("Deep inside the page"));
});

test("extract html: the JSON-LD articleBody wins when the markup holds only a teaser", () => {
  const body =
    "First paragraph of the full story, told at length so that it reads as a real article body here.\nSecond paragraph of the full story, with more facts, names and figures than the teaser ever had.\nThird paragraph, closing the story with a quote from the mayor and the date of the next meeting.";
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Story", articleBody: body })}</script></head><body><div class="teaser"><p>Only a teaser of the story is in the markup.</p></div></body></html>`;
  const { layer } = extractHtml(html, { input: "ld.html", now: NOW });
  assert.equal(layer.method, "html:json-ld");
  assert.equal(layer.text, body.split("\n").join("\n\n"));
});
