// Metadata that came with the input itself (JSONL `title`, `published`, `lang`): evidence that
// fills what the page does not state, and a feed's date that beats dates only guessed from the page.

import type { ExtractLayer, InputHints } from "../model/doc.ts";
import { parseStatedDate } from "./date/stated-date.ts";

/** Page evidence that is read off machine-readable metadata, and so outranks a date given with the input. */
const STRONG_PAGE_DATE_EVIDENCE_PREFIXES = ["json-ld", "meta"];

/** Is the page's own date read from structured metadata (JSON-LD, meta tags) rather than guessed from URL or text? */
export function isStructuredPageDate(evidence: string): boolean {
  return STRONG_PAGE_DATE_EVIDENCE_PREFIXES.some((p) => evidence.startsWith(p));
}

export function applyInputHints(layer: ExtractLayer, hints: InputHints, now: string): ExtractLayer {
  const out: ExtractLayer = { ...layer };
  if (!out.title && hints.title?.trim()) out.title = hints.title.trim();
  if (!out.langHint && hints.lang?.trim()) out.langHint = hints.lang.trim();
  if (hints.published?.trim()) {
    const given = parseStatedDate(hints.published.trim(), now, "input:published");
    // A feed's stated date wins over a date guessed from the URL or the text; structured page metadata wins over it.
    if (given && (!out.published || !isStructuredPageDate(out.published.evidence))) out.published = given;
  }
  return out;
}
