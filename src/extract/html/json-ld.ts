// Reads the page's JSON-LD (`<script type="application/ld+json">`): the article object's headline,
// authors, publisher, keywords and `articleBody`, whatever the nesting (`@graph`, arrays, mainEntity).

import type { ChildNode, Document, Element } from "domhandler";

/** JSON-LD `@type`s that describe an article. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "article",
  "newsarticle",
  "reportagenewsarticle",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "blogposting",
  "socialmediaposting",
  "liveblogposting",
  "scholarlyarticle",
  "techarticle",
  "report",
  "webpage",
]);

/** Largest JSON-LD script parsed, in characters (bigger ones are skipped). */
export const MAX_JSON_LD_CHARS = 2_000_000;
/** How many objects of the JSON-LD graph are visited at most. */
export const MAX_JSON_LD_NODES = 5_000;

export interface JsonLdArticle {
  type?: string;
  headline?: string;
  authors: string[];
  /** Authors typed as organizations (`"@type": "Organization"`): used only when no person is named anywhere. */
  organizationAuthors: string[];
  publisher?: string;
  keywords: string[];
  articleBody?: string;
  url?: string;
  inLanguage?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function asStrings(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => asStrings(v));
  if (typeof value === "object") {
    const name = value.name;
    if (typeof name === "string") return [name];
    if (Array.isArray(name)) return asStrings(name);
  }
  return [];
}

/** Names of the authors that are (or, with `organizations`, are not) people. */
function personAuthors(value: Json | undefined, organizations: boolean): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const item of list) {
    const isOrg =
      item !== null &&
      typeof item === "object" &&
      !Array.isArray(item) &&
      typeNames(item).some((t) => t === "organization" || t === "newsmediaorganization" || t === "corporation");
    if (isOrg === organizations) out.push(...asStrings(item));
  }
  return out;
}

function typeNames(obj: { [key: string]: Json }): string[] {
  const t = obj["@type"];
  return asStrings(t).map((s) => s.toLowerCase().replace(/^.*[/#:]/, ""));
}

/** Every `<script type=application/ld+json>` text, found without recursion. */
export function jsonLdScripts(doc: Document): string[] {
  const out: string[] = [];
  const stack: ChildNode[] = [...doc.children];
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    if (node.type !== "tag" && node.type !== "script") continue;
    const el = node as Element;
    if (el.name === "script") {
      if ((el.attribs.type ?? "").toLowerCase().includes("ld+json")) {
        const text = el.children.map((c) => (c.type === "text" ? c.data : "")).join("");
        if (text.length <= MAX_JSON_LD_CHARS) out.push(text);
      }
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as ChildNode);
  }
  return out;
}

function parseLoose(text: string): Json | undefined {
  const cleaned = text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "").trim();
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    try {
      // Raw control characters inside strings are the commonest fault.
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, " ")) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Flatten a JSON-LD value into its objects (graphs, arrays, mainEntity, nested), bounded. */
function objects(root: Json): { [key: string]: Json }[] {
  const out: { [key: string]: Json }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && out.length < MAX_JSON_LD_NODES) {
    const v = stack.pop() as Json;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === "object") {
      out.push(v);
      for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"]) {
        const inner = v[key];
        if (inner !== undefined && typeof inner === "object") stack.push(inner);
      }
    }
  }
  return out;
}

/** The page's article object from JSON-LD, the most article-like one when there are several. */
export function readJsonLd(doc: Document): JsonLdArticle | undefined {
  let best: { [key: string]: Json } | undefined;
  let bestRank = 0;
  let bestType = "";
  for (const script of jsonLdScripts(doc)) {
    const parsed = parseLoose(script);
    if (parsed === undefined) continue;
    for (const obj of objects(parsed)) {
      const types = typeNames(obj);
      const type = types.find((t) => ARTICLE_TYPES.has(t));
      if (!type) continue;
      // A real article type beats WebPage; an object with a body or headline beats a bare one.
      const rank = (type === "webpage" ? 1 : 3) + (obj.articleBody ? 2 : 0) + (obj.headline ? 1 : 0);
      if (rank > bestRank) {
        best = obj;
        bestRank = rank;
        bestType = type;
      }
    }
  }
  if (!best) return undefined;
  const headline = asStrings(best.headline)[0] ?? asStrings(best.name)[0];
  const body = typeof best.articleBody === "string" ? best.articleBody : undefined;
  const keywords = asStrings(best.keywords).flatMap((k) => k.split(","));
  const url = typeof best.url === "string" ? best.url : undefined;
  return {
    type: bestType,
    headline,
    authors: bestType === "webpage" ? [] : personAuthors(best.author, false),
    organizationAuthors: bestType === "webpage" ? [] : personAuthors(best.author, true),
    publisher: asStrings(best.publisher)[0],
    keywords: keywords.map((k) => k.trim()).filter((k) => k.length > 0),
    articleBody: body,
    url,
    inLanguage: asStrings(best.inLanguage)[0],
  };
}
