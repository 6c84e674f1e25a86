// One walk over a parsed HTML page that collects every place a publication date can be stated:
// meta tags, JSON-LD, itemprops, <time>/<abbr>, date-like elements, and where each sits (header, sidebar).

import { type AnyNode, type Document, type Element, isTag, isText } from "domhandler";
import { isBylineStart } from "../text/markers.ts";
import { alternation, PUBLISHED_CUES, UPDATED_CUES } from "./date-language.ts";

/** Class/id names (one token, its BEM modifiers cut off) of containers whose dates belong to other articles or comments. */
export const SIDE_CONTAINER_RE =
  /^(?:[a-z0-9]+[_-]{1,2})?(?:aside|sidebar|side-bar|related|recommend\w*|popular|most-?read|teasers?|comments?|respond|replies|more-?(?:news|stories|articles|posts)|trending|promo|rail|navigation|nav|menu|breadcrumbs?|archive)(?:$|[_-]{1,2}[a-z0-9-]*$)/i;
/** Class-name prefixes that describe the page's layout, not the element ("has-sidebar", "with-related"). */
const LAYOUT_PREFIX_RE = /^(?:has|with|no|show|hide|is|layout|page|template|body|site)[_-]/i;

const FOOTER_RE = /^(?:[a-z0-9]+[_-]{1,2})?footer(?:$|[_-]{1,2}[a-z0-9-]*$)/i;

/** Whether a class or id token names a footer (the page's, or a post's own). */
export function isFooterContainer(cls: string): boolean {
  return cls.split(/\s+/).some((raw) => raw && !LAYOUT_PREFIX_RE.test(raw) && FOOTER_RE.test(raw.split("--")[0]));
}

/** Whether one of an element's class or id tokens names a sidebar, related list, footer, menu or comments. */
export function isSideContainer(cls: string): boolean {
  for (const raw of cls.split(/\s+/)) {
    if (!raw || LAYOUT_PREFIX_RE.test(raw)) continue;
    const token = raw.split("--")[0];
    if (SIDE_CONTAINER_RE.test(token)) return true;
  }
  return false;
}
/** Class/id words of elements that state an article's date. */
export const DATE_CLASS_RE = /(?:date|time|publish|posted|byline|dateline|datum|fecha|entry-meta|post-meta|article-meta|meta-info|zeit)/i;
/** Class/id words of elements that state an update date. */
export const UPDATED_CLASS_RE = /(?:updated|modified|edited|aktualisiert)/i;
/** Class/id words of elements that state the publication date. */
export const PUBLISHED_CLASS_RE = /(?:publish|posted|entry-date|created)/i;
const cueRe = (cues: readonly string[]): RegExp => new RegExp(`^[^\\p{L}]*(?:${alternation(cues)})(?![\\p{L}])`, "iu");
/** Text that opens with a publication cue ("Published", "Опубліковано") or an update cue ("Updated"). */
const PUBLISHED_CUE_RE = cueRe(PUBLISHED_CUES);
const UPDATED_CUE_RE = cueRe(UPDATED_CUES);
/** Keys of script variables that hold a publication date. */
export const SCRIPT_DATE_KEY_RE = /(?:publish|pubdate|first-publication|created_at|date_created|releasedate)[\w-]*["']?\s*[:=]\s*["']\d/i;
/["']?[\w-]*(?:publish|pubdate|first-publication|created_at|date_created|releasedate)[\w-]*["']?\s*[:=]\s*["']\d/i;
/** Longest inline script read for date variables, in characters. */
export const MAX_SCRIPT_CHARS = 100_000;
/** Longest text of a date-like element worth parsing, in characters. */
export const MAX_DATE_ELEMENT_TEXT_CHARS = 160;

export interface MetaSignal {
  key: string;
  content: string;
}

export interface ElementSignal {
  value: string;
  /** `time`, `abbr`, `itemprop`, `class` */
  kind: string;
  /** Inside a sidebar, related list, nav or comments. */
  side: boolean;
  /** Inside a footer (the post's own footer may state its date). */
  footer: boolean;
  /** Inside <article>, <main> or an article header. */
  main: boolean;
  /** Marked as the publication date (pubdate, itemprop datePublished, class published). */
  published: boolean;
  updated: boolean;
  /** Document order of the element. */
  order: number;
  /** Offset in `PageSignals.text` where the element starts. */
  textOffset: number;
}

export interface PageSignals {
  metas: MetaSignal[];
  jsonLd: string[];
  /** Inline scripts that assign a publication date to a variable (`"first-publication":"2019-07-30 09:35"`). */
  scripts: string[];
  elements: ElementSignal[];
  /** Document order of the first <h1>, or -1. */
  h1Order: number;
  /** Text of the <title> element. */
  title: string;
  /** Text of <html lang>. */
  htmlLang?: string;
  /** Visible text outside sidebars, footers and navigation, blocks on their own lines. */
  text: string;
  /** All visible text, sidebars and footers included. */
  fullText: string;
  /** The title anchor is a real <h1> (not a title-classed element or an <h2>). */
  anchorIsH1: boolean;
  /** Offset in `text` where the first <h1> starts, or -1. */
  h1Offset: number;
}

/** Tags that start a new line in the collected text. */
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "td",
  "th",
  "section",
  "article",
  "header",
  "time",
  "span",
  "dd",
  "dt",
]);
/** Most visible characters collected for the text search, to bound the cost on huge pages. */
export const MAX_PAGE_TEXT_CHARS = 200_000;

function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

function textOf(node: AnyNode, limit: number): string {
  let out = "";
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && out.length <= limit) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (isTag(n) && n.name !== "script" && n.name !== "style") {
      // Elements are words apart: "<span>Health</span><span>December 22, 2022</span>" is two phrases.
      out += " ";
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    } else if ("children" in n && Array.isArray((n as Document).children)) {
      const kids = (n as Document).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out.replace(/\s+/g, " ").trim();
}

interface Frame {
  node: AnyNode;
  side: boolean;
  footer: boolean;
  main: boolean;
  /** Inside an element that states an update ("Last Updated on <span>Feb 27</span>"). */
  updated: boolean;
}

/** Class names of an article's title element when the page has no <h1>. */
const TITLE_CLASS_RE = /(?:^|[\s_-])(?:entry|post|article|page|story|news)[-_]?(?:title|headline)|(?:^|\s)headline(?:$|\s)/i;

/** The article's title element: the first <h1>, else an element classed or itemprop'd as the title, else the first <h2>. */
export function titleElement(dom: Document): Element | null {
  let classed: Element | null = null;
  let h2: Element | null = null;
  const stack: AnyNode[] = [...dom.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (n.name === "h1") return n;
    if (!h2 && n.name === "h2") h2 = n;
    if (
      !classed &&
      (attr(n, "itemprop") === "headline" || (/^(?:h[2-4]|div|span|a)$/.test(n.name) && TITLE_CLASS_RE.test(attr(n, "class") ?? "")))
    )
      classed = n;
    for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k]);
  }
  return classed ?? h2;
}

/** The elements that contain the title: the article's own containers, never a sidebar whatever their class. */
function ancestorsOf(el: Element | null): Set<AnyNode> {
  const out = new Set<AnyNode>();
  for (let p = el?.parent; p; p = p.parent) out.add(p);
  return out;
}

interface ClassWords {
  side: boolean;
  footer: boolean;
  date: boolean;
}

/** What an element's class and id say, computed once per distinct class string of the page. */
function classWords(cls: string, cache: Map<string, ClassWords>): ClassWords {
  let words = cache.get(cls);
  if (!words) {
    const blank = cls.trim() === "";
    words = {
      side: !blank && isSideContainer(cls),
      footer: !blank && isFooterContainer(cls),
      date: !blank && DATE_CLASS_RE.test(cls),
    };
    cache.set(cls, words);
  }
  return words;
}

/** Walk the page once and collect its date signals. */
export function collectPageSignals(dom: Document): PageSignals {
  const signals: PageSignals = {
    metas: [],
    jsonLd: [],
    scripts: [],
    elements: [],
    h1Order: -1,
    title: "",
    text: "",
    fullText: "",
    h1Offset: -1,
    anchorIsH1: false,
  };
  const parts: string[] = [];
  let length = 0;
  const fullParts: string[] = [];
  let fullLength = 0;
  const stack: Frame[] = [];
  const cache = new Map<string, ClassWords>();
  const anchor = titleElement(dom);
  const own = ancestorsOf(anchor);
  signals.anchorIsH1 = anchor?.name === "h1";
  for (let i = dom.children.length - 1; i >= 0; i--)
    stack.push({ node: dom.children[i], side: false, footer: false, main: false, updated: false });
  let order = 0;
  while (stack.length > 0) {
    const { node, side: parentSide, footer: parentFooter, main: parentMain, updated: parentUpdated } = stack.pop()!;
    let updatedHere = parentUpdated;
    if (isText(node)) {
      if (!parentSide && !parentFooter && length < MAX_PAGE_TEXT_CHARS) {
        parts.push(node.data);
        length += node.data.length;
      }
      if (fullLength < MAX_PAGE_TEXT_CHARS) {
        fullParts.push(node.data);
        fullLength += node.data.length;
      }
      continue;
    }
    if (!isTag(node)) continue;
    order++;
    if (BLOCK_TAGS.has(node.name)) {
      parts.push("\n");
      length++;
      fullParts.push("\n");
      fullLength++;
    }
    const name = node.name;
    const cls = `${attr(node, "class") ?? ""} ${attr(node, "id") ?? ""}`;
    const words = classWords(cls, cache);
    const isOwn = own.has(node) || name === "body" || name === "html";
    const footer = parentFooter || (!isOwn && (name === "footer" || words.footer));
    const side = parentSide || (!isOwn && (name === "aside" || name === "nav" || words.side));
    const main = parentMain || name === "article" || name === "main" || (name === "header" && !side);
    if (name === "html" && attr(node, "lang")) signals.htmlLang = attr(node, "lang");
    if (name === "meta") {
      const key = attr(node, "property") ?? attr(node, "name") ?? attr(node, "itemprop") ?? attr(node, "http-equiv");
      const content = attr(node, "content") ?? attr(node, "datetime");
      if (key && content) signals.metas.push({ key: key.toLowerCase(), content });
      continue;
    }
    if (name === "script") {
      const type = (attr(node, "type") ?? "").toLowerCase();
      if (type.includes("ld+json")) signals.jsonLd.push(textOf(node.children[0] ?? node, 1_000_000));
      else if (!type || type.includes("javascript")) {
        const code = textOf(node.children[0] ?? node, MAX_SCRIPT_CHARS);
        if (SCRIPT_DATE_KEY_RE.test(code)) signals.scripts.push(code);
      }
      continue;
    }
    if (name === "style" || name === "noscript") continue;
    if (name === "title" && !signals.title) signals.title = textOf(node, 300);
    if (node === anchor) {
      signals.h1Order = order;
      signals.h1Offset = length;
    }
    const itemprop = (attr(node, "itemprop") ?? "").toLowerCase();
    const isDateProp = itemprop === "datepublished" || itemprop === "datecreated" || itemprop === "datemodified";
    if (isDateProp || name === "time" || name === "abbr" || (words.date && name !== "body" && name !== "html")) {
      const stated = attr(node, "datetime") ?? attr(node, "content") ?? (name === "abbr" ? attr(node, "title") : undefined);
      const text = textOf(node, MAX_DATE_ELEMENT_TEXT_CHARS * 2);
      const value = stated ?? (text.length <= MAX_DATE_ELEMENT_TEXT_CHARS ? text : "");
      if (value) {
        const head = text.slice(0, 40);
        // A byline ("Von Christian am 03.05.2013") states when its author published the text.
        const saysPublished = PUBLISHED_CUE_RE.test(head) || isBylineStart(head);
        const saysUpdated = UPDATED_CUE_RE.test(head) && !saysPublished;
        const published =
          itemprop === "datepublished" || "pubdate" in node.attribs || saysPublished || (PUBLISHED_CLASS_RE.test(cls) && !saysUpdated);
        const updated = parentUpdated || itemprop === "datemodified" || saysUpdated || (UPDATED_CLASS_RE.test(cls) && !saysPublished);
        updatedHere = updated;
        const kind = isDateProp ? "itemprop" : name === "time" || name === "abbr" ? name : "class";
        signals.elements.push({ value, kind, side, footer, main, published: published && !updated, updated, order, textOffset: length });
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], side, footer, main, updated: updatedHere });
  }
  signals.text = parts.join("");
  signals.fullText = fullParts.join("");
  return signals;
}
