// Two names written side by side read as one person: "министър за Брекзит Дейвид Дейвис", "губернатор
// Пенджаба Салман Тасир". The sequence model joins a run of capitalized words into one span. The seam
// shows where the first part stands alone elsewhere in the document as a name of another type
// ("Брекзит", EVT), or where a span of three words or more opens with a word the name lists know only
// as another type's (a place, organization, event or product, never a person): a first name is not.
// A span of any type also splits before a person's full name that the document writes alone, when
// its first part stands alone as another kind of name ("The President of Moldova Maia Sandu").

import { ENTITY_TAG_TYPES, type TagType } from "./labels.ts";
import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/**
 * Types the first name may have. Not places: a person's first name is often a place's too ("Asia
 * Bibi", with "Asia" alone read as the continent), and a place before a name is mostly one name
 * ("London Heathrow").
 */
const SEPARATE_LEFT_TYPES: ReadonlySet<TagType> = new Set(["EVT", "ORG", "PRO"]);

/** Where a span splits: the first token of its second part, and the parts' types (the second keeps the span's unless given). */
type Seam = { at: number; leftType: TagType; rightType?: TagType };

/** Longest joined span (tokens) the rule splits: longer runs are titles and lists, not two names. */
export const MAX_JOINED_TOKENS = 6;

/**
 * Each person's span of two or more tokens that is two names side by side, split at the seam (`findSeam`,
 * else `listedSeam`): the first part takes the type it has alone, the rest keeps the span's.
 */
export function splitJoinedNames(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[], gaz?: Uint8Array): RecognizedSpan[] {
  // Types each surface has as a span of its own.
  const typesOf = new Map<string, Set<TagType>>();
  for (const s of spans) {
    let types = typesOf.get(s.surface);
    if (types === undefined) {
      types = new Set();
      typesOf.set(s.surface, types);
    }
    types.add(s.type);
  }
  const out: RecognizedSpan[] = [];
  for (const s of spans) {
    const len = s.tokenEnd - s.tokenStart;
    const seam = len < 2 || len > MAX_JOINED_TOKENS ? undefined : seamOf(text, tokens, s, typesOf, gaz);
    if (seam === undefined) {
      out.push(s);
      continue;
    }
    const left = tokens[seam.at - 1] as RecToken;
    const right = tokens[seam.at] as RecToken;
    out.push(
      { ...s, end: left.end, surface: text.slice(s.start, left.end), type: seam.leftType, tokenEnd: seam.at, source: "consistency" },
      {
        ...s,
        start: right.start,
        surface: text.slice(right.start, s.end),
        type: seam.rightType ?? s.type,
        tokenStart: seam.at,
        source: "consistency",
      },
    );
  }
  return out;
}

/** Where span `s` is two names: for a person, after another type's name or a listed word; for any span, before a person. */
function seamOf(
  text: string,
  tokens: readonly RecToken[],
  s: RecognizedSpan,
  typesOf: ReadonlyMap<string, ReadonlySet<TagType>>,
  gaz: Uint8Array | undefined,
): Seam | undefined {
  const personSeam = s.type === "PER" ? (findSeam(text, tokens, s, typesOf) ?? listedSeam(text, tokens, s, gaz)) : undefined;
  return personSeam ?? personAfterNameSeam(text, tokens, s, typesOf);
}

/** The first seam where the part before it stands alone elsewhere in the document as another type. */
function findSeam(
  text: string,
  tokens: readonly RecToken[],
  s: RecognizedSpan,
  typesOf: ReadonlyMap<string, ReadonlySet<TagType>>,
): Seam | undefined {
  for (let at = s.tokenStart + 1; at < s.tokenEnd; at++) {
    const left = tokens[at - 1] as RecToken;
    const right = tokens[at] as RecToken;
    // Only at a plain space: a hyphen, dot or quotation mark between the parts belongs to one name.
    if (text.slice(left.end, right.start) !== " ") continue;
    const leftTypes = typesOf.get(text.slice(s.start, left.end));
    // The first part alone has one type, not the span's: an event, organization or product.
    if (leftTypes === undefined || leftTypes.size !== 1) continue;
    const [leftType] = leftTypes;
    if (leftType === undefined || leftType === s.type || !SEPARATE_LEFT_TYPES.has(leftType)) continue;
    return { at, leftType };
  }
  return undefined;
}

/** Types a listed first word may have to be split off, in the order a word listed under several takes one. */
const LISTED_LEFT_TYPES: readonly TagType[] = ["LOC", "ORG", "EVT", "PRO"];
const PER_BIT = 1 << ENTITY_TAG_TYPES.indexOf("PER");

/** A person's span of three words or more whose first word the name lists know only as another type's. */
function listedSeam(text: string, tokens: readonly RecToken[], s: RecognizedSpan, gaz: Uint8Array | undefined): Seam | undefined {
  if (gaz === undefined || s.tokenEnd - s.tokenStart < 3) return undefined;
  const bits = gaz[s.tokenStart] ?? 0;
  if (bits === 0 || bits & PER_BIT) return undefined;
  const at = s.tokenStart + 1;
  if (text.slice((tokens[at - 1] as RecToken).end, (tokens[at] as RecToken).start) !== " ") return undefined;
  const leftType = LISTED_LEFT_TYPES.find((t) => bits & (1 << ENTITY_TAG_TYPES.indexOf(t)));
  return leftType === undefined ? undefined : { at, leftType };
}

/**
 * A name then a person's full name, read as one span: "The President of Moldova Maia Sandu", where the
 * document also writes "Maia Sandu" alone as a person and "Moldova" alone as a place. The person's part
 * must be two words or more: a lone surname standing alone says nothing ("Asia Bibi" ... "Bibi").
 */
function personAfterNameSeam(
  text: string,
  tokens: readonly RecToken[],
  s: RecognizedSpan,
  typesOf: ReadonlyMap<string, ReadonlySet<TagType>>,
): Seam | undefined {
  for (let at = s.tokenStart + 1; at <= s.tokenEnd - 2; at++) {
    const left = tokens[at - 1] as RecToken;
    const right = tokens[at] as RecToken;
    if (text.slice(left.end, right.start) !== " ") continue;
    const rightTypes = typesOf.get(text.slice(right.start, s.end));
    if (rightTypes === undefined || rightTypes.size !== 1 || !rightTypes.has("PER")) continue;
    const leftTypes = typesOf.get(text.slice(s.start, left.end));
    if (leftTypes === undefined || leftTypes.size !== 1 || leftTypes.has("PER")) continue;
    const [leftType] = leftTypes;
    if (leftType === undefined) continue;
    return { at, leftType, rightType: "PER" };
  }
  return undefined;
}
