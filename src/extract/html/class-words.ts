// Reads an element's class, id and role as words and judges them against the vocabularies:
// furniture (skip it), content (score it up) or neutral. Cached per attribute string.

import {
  AFFIX_EXCEPTIONS,
  BOILERPLATE_AFFIXES,
  BOILERPLATE_PHRASES,
  BOILERPLATE_ROLES,
  BOILERPLATE_WORDS,
  CONTENT_WORDS,
  NEGATIVE_WORDS,
} from "./vocabulary.ts";

/** Class/id words that mark a comment thread: removed even when the thread outweighs the article. */
export const COMMENT_WORDS: ReadonlySet<string> = new Set(["comment", "comments", "disqus", "respond", "replies"]);

export interface ClassVerdict {
  /** Some word or phrase marks page furniture. */
  boilerplate: boolean;
  /** The furniture is a comment thread. */
  comments: boolean;
  /** Readability-style weight: +25 per attribute with a content word, -25 per attribute with a negative word. */
  weight: number;
}

const NEUTRAL: ClassVerdict = { boilerplate: false, comments: false, weight: 0 };
const cache = new Map<string, ClassVerdict>();
const CACHE_LIMIT_ENTRIES = 20_000;

/** Split `articleBody main-content__text js_share` into lowercase words (camelCase, `-`, `_`, digits split off). */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

function judgeAttribute(value: string): ClassVerdict {
  const words = classWords(value);
  if (words.length === 0) return NEUTRAL;
  const joined = ` ${words.join(" ")} `;
  let boilerplate = false;
  let comments = false;
  let positive = false;
  let negative = false;
  for (const word of words) {
    if (BOILERPLATE_WORDS.has(word)) boilerplate = true;
    if (COMMENT_WORDS.has(word)) comments = true;
    if (CONTENT_WORDS.has(word)) positive = true;
    if (NEGATIVE_WORDS.has(word)) negative = true;
  }
  if (!boilerplate) boilerplate = BOILERPLATE_PHRASES.some((p) => joined.includes(` ${p} `));
  if (!boilerplate) boilerplate = hasBoilerplateAffix(value);
  return { boilerplate, comments: boilerplate && comments, weight: (positive ? 25 : 0) - (negative ? 25 : 0) };
}

function cached(value: string): ClassVerdict {
  let verdict = cache.get(value);
  if (!verdict) {
    verdict = judgeAttribute(value);
    if (cache.size >= CACHE_LIMIT_ENTRIES) cache.clear();
    cache.set(value, verdict);
  }
  return verdict;
}

/** Does a whole class token (`relatedposts`, `sharebar`) start or end with a furniture word? */
export function hasBoilerplateAffix(value: string): boolean {
  for (const token of value.toLowerCase().split(/[\s_-]+/)) {
    if (token.length < 6 || AFFIX_EXCEPTIONS.has(token)) continue;
    for (const affix of BOILERPLATE_AFFIXES) {
      if (token.length > affix.length && (token.startsWith(affix) || token.endsWith(affix))) return true;
    }
  }
  return false;
}

/** Judge an element from its attributes (class, id, role). */
export function judgeClasses(attribs: Record<string, string>): ClassVerdict {
  const cls = attribs.class;
  const id = attribs.id;
  const role = attribs.role;
  if (!cls && !id && !role) return NEUTRAL;
  const a = cls ? cached(cls) : NEUTRAL;
  const b = id ? cached(id) : NEUTRAL;
  const roleFurniture = role !== undefined && BOILERPLATE_ROLES.has(role.toLowerCase());
  return {
    boilerplate: a.boilerplate || b.boilerplate || roleFurniture,
    comments: a.comments || b.comments,
    weight: a.weight + b.weight,
  };
}
