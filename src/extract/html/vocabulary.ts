// The HTML vocabularies the extractor works from, kept as data (after trafilatura's xpaths.py and
// settings.py): which tags are blocks, which are never text, and which class/id words mark boilerplate.

/** Elements whose content is never article text; skipped with everything inside. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "picture",
  "map",
  "button",
  "input",
  "select",
  "option",
  "textarea",
  "label",
  "head",
  "title",
  "meta",
  "link",
  "figcaption",
  "dialog",
]);

/** Sectioning elements that hold page furniture rather than the article (skipped unless they hold the article). */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(["nav", "footer", "aside", "menu"]);

/** Elements that start a new text block; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "caption",
  "ul",
]);

/** Heading elements: kept inside the article, never scored as paragraphs. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Table cells: inline inside their row, separated by a space. */
export const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th"]);

/**
 * Words that, as a whole word of an element's class or id (split at `-`, `_`, space and camelCase),
 * mark page furniture: navigation, sharing, related links, comments, notices, captions, credits.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  "ad",
  "ads",
  "adsense",
  "advert",
  "advertisement",
  "advertising",
  "banner",
  "breadcrumb",
  "breadcrumbs",
  "byline",
  "caption",
  "comment",
  "comments",
  "consent",
  "cookie",
  "cookies",
  "copyright",
  "credit",
  "credits",
  "dateline",
  "disclaimer",
  "disqus",
  "footer",
  "gdpr",
  "masthead",
  "menu",
  "modal",
  "navbar",
  "navigation",
  "newsletter",
  "outbrain",
  "pagination",
  "paywall",
  "popular",
  "popup",
  "promo",
  "recirc",
  "recommend",
  "recommended",
  "related",
  "share",
  "sharing",
  "sidebar",
  "signup",
  "social",
  "sponsor",
  "sponsored",
  "subscribe",
  "subscription",
  "taboola",
  "tags",
  "toolbar",
  "trending",
  "widget",
]);

/** Two-word class/id phrases that mark furniture even though each word alone is harmless. */
export const BOILERPLATE_PHRASES: readonly string[] = [
  "read more",
  "read also",
  "more stories",
  "more news",
  "see also",
  "author bio",
  "author info",
  "about author",
  "post meta",
  "entry meta",
  "article meta",
  "meta data",
  "photo credit",
  "image credit",
  "skip link",
  "screen reader",
  "sr only",
  "visually hidden",
  "print only",
];

/** Class/id words that point at the article itself (readability's positive vocabulary). */
export const CONTENT_WORDS: ReadonlySet<string> = new Set([
  "article",
  "articlebody",
  "body",
  "content",
  "entry",
  "main",
  "post",
  "story",
  "text",
  "blog",
  "prose",
  "richtext",
]);

/** Class/id words that point away from the article (readability's negative vocabulary). */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  "comment",
  "comments",
  "meta",
  "footer",
  "footnote",
  "sidebar",
  "related",
  "share",
  "social",
  "widget",
  "promo",
  "sponsor",
  "teaser",
  "aside",
  "nav",
  "menu",
  "header",
  "masthead",
  "more",
  "list",
]);

/** Role attribute values that mark furniture. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "menu",
  "menubar",
  "search",
  "dialog",
  "alertdialog",
  "toolbar",
  "tablist",
]);

/**
 * Words that mark furniture also when glued to other words in one class token
 * (`relatedposts`, `sharebar`, `commentlist`, `postcomments`): matched at a token's start or end.
 */
export const BOILERPLATE_AFFIXES: readonly string[] = [
  "related",
  "sidebar",
  "newsletter",
  "cookie",
  "breadcrumb",
  "share",
  "sharing",
  "social",
  "recommend",
  "advert",
  "comment",
  "comments",
  "promo",
  "subscribe",
  "popup",
  "footer",
];

/** Class tokens that start or end with an affix above but are article words. */
export const AFFIX_EXCEPTIONS: ReadonlySet<string> = new Set(["commentary", "commentaries", "shared", "socialism"]);

/** Labels of ad slots, lowercased, in the languages we read (a line of their own is never article text). */
export const AD_LABELS: ReadonlySet<string> = new Set([
  "ad",
  "advert",
  "advertisement",
  "advertising",
  "sponsored",
  "sponsored content",
  "anzeige",
  "werbung",
  "publicité",
  "publicidad",
  "pubblicità",
  "reklama",
  "reklamë",
  "реклама",
  "рекламa",
  "рекламний блок",
  "рекламен блок",
  "партнерський матеріал",
  "на правах реклами",
  "на правах рекламы",
  "платена публикация",
]);
