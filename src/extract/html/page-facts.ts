// One bounded, iterative pass that gathers the facts metadata is read from: meta tags, links,
// `<title>`, `<html lang>`, the page's `<h1>`s and the texts of byline-like elements.

import type { ChildNode, Document, Element } from "domhandler";

/** Longest text kept from one element for metadata, in characters. */
export const MAX_FACT_TEXT_CHARS = 400;
/** How many `<h1>`s and byline elements are kept at most. */
export const MAX_FACT_ITEMS = 20;

export interface PageFacts {
  /** Meta tags by lowercased `name`/`property`/`itemprop`/`http-equiv`, values in document order. */
  meta: Map<string, string[]>;
  /** `<link rel=…>` hrefs by lowercased rel. */
  links: Map<string, string[]>;
  title?: string;
  htmlLang?: string;
  h1: string[];
  /** Texts of `rel=author`, `itemprop=author` and byline/author-classed elements. */
  bylines: string[];
}

/** The text under an element, whitespace collapsed, bounded, without recursion. */
export function elementText(el: Element, limit = MAX_FACT_TEXT_CHARS): string {
  let out = "";
  const stack: ChildNode[] = [el];
  while (stack.length > 0 && out.length < limit * 2) {
    const node = stack.pop() as ChildNode;
    if (node.type === "text") out += node.data;
    else if (node.type === "tag") {
      const name = node.name;
      if (name === "script" || name === "style" || name === "noscript") continue;
      if (name === "br") out += " ";
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
    }
  }
  return out
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .slice(0, limit);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Is this element a byline by its attributes (`rel=author`, `itemprop=author`, class/id with author/byline)? */
export function isBylineElement(el: Element): boolean {
  const a = el.attribs;
  if ((a.rel ?? "").split(/\s+/).includes("author")) return true;
  if ((a.itemprop ?? "").split(/\s+/).includes("author")) return true;
  const words = `${a.class ?? ""} ${a.id ?? ""}`.toLowerCase();
  return (
    /(?:^|[^a-z])(?:byline|author|authors|author-name|article-author)(?:$|[^a-z])/.test(words) &&
    !/(?:bio|avatar|image|photo|img|date)/.test(words)
  );
}

/** Links to an author's page: `/author/jane-doe`, `/authors/…`, `/autor/…`, `/avtor/…`, `/columnists/…`. */
export const AUTHOR_PAGE_HREF =
  /\/(?:authors?|autor(?:es|en)?|avtor[iy]?|writers?|columnists?|contributors?|journalists?|%D0%B0%D0%B2%D1%82%D0%BE%D1%80)\/[^/?#]+\/?(?:[?#]|$)/i;
/** A byline label ("By", "Written by", "Автор:", "Від", "От") alone in a text node, or followed by a capitalized name. */
export const BYLINE_LABEL =
  /^(?:by|written by|posted by|words by|автор(?:и|ы)?:?|від|от)(?:\s*:)?(?:\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3})?$/iu;
/** Longest text node read as a byline label with its name, in characters. */
export const MAX_BYLINE_LABEL_CHARS = 60;

/** Gather meta, links, title, lang, h1s and bylines. */
export function readPageFacts(doc: Document): PageFacts {
  const facts: PageFacts = { meta: new Map(), links: new Map(), h1: [], bylines: [] };
  const stack: ChildNode[] = [...doc.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    if (node.type === "text") {
      // "Written by <b>Name</b>", "By Name": the label's element (or its parent, when the label stands alone) is a byline.
      const text = node.data.trim();
      if (text.length > 0 && text.length <= MAX_BYLINE_LABEL_CHARS && facts.bylines.length < MAX_FACT_ITEMS && BYLINE_LABEL.test(text)) {
        const holder = node.parent as Element | null;
        const scope = holder && elementText(holder).length <= text.length + 1 ? (holder.parent as Element | null) : holder;
        if (scope && scope.type === "tag") facts.bylines.push(elementText(scope, MAX_BYLINE_LABEL_CHARS * 2));
      }
      continue;
    }
    if (node.type !== "tag") continue;
    const el = node as Element;
    const name = el.name;
    const a = el.attribs;
    if (name === "meta") {
      const key = a.property ?? a.name ?? a.itemprop ?? a["http-equiv"];
      if (key !== undefined && a.content !== undefined) push(facts.meta, key.toLowerCase(), a.content.trim());
      continue;
    }
    if (name === "link") {
      if (a.rel && a.href) for (const rel of a.rel.toLowerCase().split(/\s+/)) push(facts.links, rel, a.href.trim());
      continue;
    }
    if (name === "title") {
      if (facts.title === undefined) facts.title = elementText(el);
      continue;
    }
    if (name === "script" || name === "style" || name === "noscript" || name === "svg") continue;
    if (name === "html" && a.lang && facts.htmlLang === undefined) facts.htmlLang = a.lang;
    if (name === "h1" && facts.h1.length < MAX_FACT_ITEMS) {
      const text = elementText(el);
      if (text) facts.h1.push(text);
    }
    if (name === "a" && facts.bylines.length < MAX_FACT_ITEMS && AUTHOR_PAGE_HREF.test(a.href ?? "")) {
      const text = elementText(el);
      if (text) facts.bylines.push(text);
    }
    if (facts.bylines.length < MAX_FACT_ITEMS && isBylineElement(el)) {
      const text = elementText(el);
      if (text) facts.bylines.push(text);
      if (a.content) facts.bylines.push(a.content);
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as ChildNode);
  }
  return facts;
}
