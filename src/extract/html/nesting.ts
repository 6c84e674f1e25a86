// Keeps the parse linear on pathologically nested pages: htmlparser2's open-element stack grows by
// `unshift`, which turns quadratic (and worse) past a few ten thousand levels. One regex scan finds the
// nesting depth; only when it passes MAX_NESTING_DEPTH_ELEMENTS are the extra open/close tags dropped.

/** Deeper nesting than this, in elements, is flattened before parsing (real pages stay far below). */
export const MAX_NESTING_DEPTH_ELEMENTS = 2_000;

const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "!doctype",
]);
const TAG = /<(\/?)([a-zA-Z!][\w:-]*)[^>]*?(\/?)>/g;

/** The page with tags beyond MAX_NESTING_DEPTH_ELEMENTS removed (their text kept); unchanged when shallower. */
export function limitNesting(html: string, maxDepth = MAX_NESTING_DEPTH_ELEMENTS): string {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID_TAGS.has((m[2] as string).toLowerCase())) depth++;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= maxDepth) return html;
  depth = 0;
  let suppressed = 0;
  return html.replace(TAG, (tag: string, close: string, name: string, selfClose: string) => {
    if (close) {
      if (suppressed > 0) {
        suppressed--;
        return "";
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (selfClose || VOID_TAGS.has(name.toLowerCase())) return tag;
    if (depth >= maxDepth) {
      suppressed++;
      return "";
    }
    depth++;
    return tag;
  });
}
