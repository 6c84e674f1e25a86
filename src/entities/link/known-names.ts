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

/**
 * Runs of 2–3 name-like words, one space apart, outside the spans found, whose key is the key of a
 * person's full name the lexicon has seen in news. Spans in text order, not overlapping.
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
  const out: { start: number; end: number; surface: string }[] = [];
  let i = 0;
  while (i < tokens.length) {
    let hit = 0;
    for (const n of [...KNOWN_NAME_WORDS].reverse()) {
      const run = tokens.slice(i, i + n);
      if (run.length < n || !run.every((t) => isTitleWord(t.surface))) continue;
      if (!run.every((t, k) => k === 0 || text.slice(run[k - 1]?.end ?? 0, t.start) === " ")) continue;
      const start = run[0]?.start ?? 0;
      const end = run[n - 1]?.end ?? 0;
      if (covered(start, end)) continue;
      const surface = text.slice(start, end);
      const e = lexicon.findKey(nameKey(surface, lang), "PER");
      if (e && isAttested(e)) {
        out.push({ start, end, surface });
        hit = n;
        break;
      }
    }
    i += hit || 1;
  }
  return out;
}
