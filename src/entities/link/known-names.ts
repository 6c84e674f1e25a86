// Full names of people the lexicon knows from annotated news, found where the recognizer missed them
// (a name opening a sentence: "Mikhail Podolyak, adviser ..."), matched by the cross-script key.

import type { Lexicon } from "./lexicon.ts";
import { isAttested } from "./loose-match.ts";
import { nameKey } from "./name-key.ts";

/** Words in a known full name looked for (first and last name, or with a patronymic between). */
export const KNOWN_NAME_WORDS = [2, 3] as const;
/** Confidence given to a name found by the lexicon alone. */
export const KNOWN_NAME_SCORE = 0.6;

interface Tok {
  start: number;
  end: number;
  surface: string;
}

/** A word written like a name: a capital then at least one lowercase letter (not all caps, not a number). */
function isTitleWord(word: string): boolean {
  const first = word[0] ?? "";
  return word.length > 1 && first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

/** The run lengths to try at each token, longest first. */
const LONGEST_FIRST: readonly number[] = [...KNOWN_NAME_WORDS].sort((a, b) => b - a);

/**
 * Runs of 2–3 name-like words, one space apart, outside the spans found, whose key is the key of a
 * person's full name the lexicon has seen in news. Spans in text order, not overlapping. Called on every
 * article: a token that is not name-like is passed over before any run is built.
 */
export function findKnownPeople(
  text: string,
  tokens: readonly Tok[],
  taken: readonly { start: number; end: number }[],
  lang: string,
  lexicon: Lexicon,
): { start: number; end: number; surface: string }[] {
  // Characters inside a span already found: a run is checked in its own length, not against every span.
  const inside = new Uint8Array(text.length);
  for (const t of taken) inside.fill(1, t.start, t.end);
  const covered = (s: number, e: number) => inside.subarray(s, e).includes(1);
  // Per token: 0 not yet asked, 1 name-like, 2 not.
  const nameLike = new Uint8Array(tokens.length);
  const isNameLike = (k: number) => {
    if (nameLike[k] === 0) nameLike[k] = isTitleWord(tokens[k]?.surface ?? "") ? 1 : 2;
    return nameLike[k] === 1;
  };
  const spaceBefore = (k: number) => {
    const prev = tokens[k - 1];
    const t = tokens[k];
    return prev !== undefined && t !== undefined && t.start === prev.end + 1 && text.charCodeAt(prev.end) === 32;
  };
  const out: { start: number; end: number; surface: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    let hit = 0;
    if (isNameLike(i)) {
      for (const n of LONGEST_FIRST) {
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = i + 1; k < i + n && ok; k++) ok = isNameLike(k) && spaceBefore(k);
        if (!ok) continue;
        const start = tokens[i]?.start ?? 0;
        const end = tokens[i + n - 1]?.end ?? 0;
        if (covered(start, end)) continue;
        const surface = text.slice(start, end);
        const e = lexicon.findKey(nameKey(surface, lang), "PER");
        if (e && isAttested(e)) {
          out.push({ start, end, surface });
          hit = n;
          break;
        }
      }
    }
    i += hit || 1;
  }
  return out;
}
