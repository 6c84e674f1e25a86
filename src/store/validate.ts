// Checks an article before it is stored, so bad input is refused with a reason and never half-written.

import { type Article, contentId, SCHEMA_VERSION } from "../model/article.ts";

const ENTITY_TYPES = new Set(["PER", "ORG", "LOC", "EVT", "PRO"]);

function isOffset(n: unknown, max: number): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= max;
}

function isNonEmptyString(s: unknown): s is string {
  return typeof s === "string" && s !== "";
}

/** Why the article cannot be stored, or null when it can. */
export function articleProblem(article: unknown): string | null {
  if (typeof article !== "object" || article === null) return "not an object";
  const a = article as Partial<Article>;
  if (a.schema !== SCHEMA_VERSION) return `schema ${String(a.schema)} is not ${SCHEMA_VERSION}`;
  if (typeof a.text !== "string") return "`text` is not a string";
  if (!isNonEmptyString(a.id)) return "`id` is missing";
  if (a.id !== contentId(a.text)) return "`id` is not the content hash of `text`";
  if (typeof a.source !== "object" || a.source === null) return "`source` is not an object";
  if (a.title !== null && a.title !== undefined && typeof a.title !== "string") return "`title` is not a string";
  if (a.published !== null && a.published !== undefined && !isNonEmptyString(a.published.value)) return "`published.value` is missing";
  if (a.lang !== undefined && !isNonEmptyString(a.lang.code)) return "`lang.code` is missing";
  if (a.entities !== undefined) {
    if (!Array.isArray(a.entities)) return "`entities` is not an array";
    for (const [i, e] of a.entities.entries()) {
      const problem = mentionProblem(e, a.text.length);
      if (problem) return `entities[${i}]: ${problem}`;
    }
  }
  return null;
}

function mentionProblem(e: unknown, textLength: number): string | null {
  if (typeof e !== "object" || e === null) return "not an object";
  const m = e as Record<string, unknown>;
  if (!isNonEmptyString(m.id)) return "`id` is missing";
  if (!isNonEmptyString(m.surface)) return "`surface` is missing";
  if (typeof m.lemma !== "string" || typeof m.name !== "string") return "`lemma` or `name` is not a string";
  if (typeof m.type !== "string" || !ENTITY_TYPES.has(m.type)) return `type \`${String(m.type)}\` is not one of PER ORG LOC EVT PRO`;
  if (!isOffset(m.start, textLength) || !isOffset(m.end, textLength) || m.end < m.start) return "offsets are outside the text";
  return null;
}
