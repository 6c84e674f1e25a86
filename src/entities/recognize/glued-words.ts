// A name seldom ends inside a word written without spaces. The tokenizer splits at hyphens and dots
// (names do end there: "Лондон-Пловдив", "анти-Брекзит"), and the sequence model, new to a name, often
// stops at the split: "Даунинг" of "Даунинг-стрит", "Нур" of "Нур-уль-Хак", "Leave" of "Leave.EU",
// "ONLINE" of "ONLINE.UA". A span is carried through such a seam when what follows is no name of its
// own: not in another span and not listed in the name lists ("UE-Londyn" is two names).

import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const HYPHENS = new Set(["-", "‐", "‑"]);
/** Longest run of glued pieces a span is carried through (`Техрик-э-Лабаик` is four). */
const MAX_GLUED_TOKENS = 6;

const isWord = (s: string) => /^[\p{L}\p{N}]/u.test(s);
const isJoiner = (s: string) => s === "." || HYPHENS.has(s);
const isLowerWord = (s: string) => /^[\p{Ll}\p{N}]+$/u.test(s);
const isUpperWord = (s: string) => /^[\p{Lu}\p{N}]+$/u.test(s) && /\p{Lu}/u.test(s);

/**
 * Whether the piece after a glued dot continues the word: a domain's part or an acronym ("mediapool.bg",
 * "Leave.EU"), not a capitalized word, which is mostly a sentence after a missing space ("БТА.Франция").
 */
function continuesAfterDot(piece: string): boolean {
  return isLowerWord(piece) || isUpperWord(piece);
}

/** Two or more capitals: an acronym ("COVID", "мРНК"), whose lowercase compounds are common nouns ("COVID-вакцина"). */
const isAcronym = (s: string) => (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
/** Longest lowercase last piece of a name ("Даунинг-стрит"); longer ones make a compound noun ("Telegram-канале"). */
const MAX_LOWER_TAIL = 5;

/**
 * The spans with their ends carried through glued hyphens and dots. The first piece must be free (in no
 * span, not a listed name: "UE-Londyn", "Pfizer-BioNTech" stay two); once a free piece is taken, a listed
 * word continues the name and a span met further on is merged into it ("Техрик-э" + "Лабаик Пакистан").
 * A lowercase last piece must be short and not follow an acronym.
 */
export function carryThroughGluedWords(
  text: string,
  tokens: readonly RecToken[],
  spans: RecognizedSpan[],
  gaz: Uint8Array | undefined,
): RecognizedSpan[] {
  if (!spans.some((s) => s.tokenStart >= 0 && (gluedJoinerAfter(tokens, s.tokenEnd) || gluedJoinerAfter(tokens, s.tokenEnd - 1))))
    return spans;
  const spanAt = new Int32Array(tokens.length).fill(-1);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as RecognizedSpan;
    for (let i = Math.max(0, s.tokenStart); i < s.tokenEnd; i++) spanAt[i] = k;
  }
  const merged = new Set<number>();
  const out: RecognizedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as RecognizedSpan;
    if (merged.has(k)) continue;
    if (s.tokenStart < 0) {
      out.push(s);
      continue;
    }
    // A span the model ended on the joiner itself ("ONLINE." of "ONLINE.UA") is carried on from before it.
    const endsOnJoiner = s.tokenEnd - s.tokenStart >= 2 && isJoiner(tokens[s.tokenEnd - 1]?.surface ?? "");
    let end = endsOnJoiner ? s.tokenEnd - 1 : s.tokenEnd;
    let free = 0;
    while (end + 1 < tokens.length && free < MAX_GLUED_TOKENS) {
      const before = tokens[end - 1] as RecToken;
      const joiner = tokens[end] as RecToken;
      const piece = tokens[end + 1] as RecToken;
      if (before.end !== joiner.start || joiner.end !== piece.start || !isWord(piece.surface)) break;
      const hyphen = HYPHENS.has(joiner.surface);
      // The tokenizer opens a sentence after any dot before a capital; an acronym glued to the dot does not.
      if (hyphen ? piece.sentenceStart : !(joiner.surface === "." && continuesAfterDot(piece.surface))) break;
      if (spanAt[end] !== -1 && spanAt[end] !== k) break;
      const other = spanAt[end + 1] as number;
      if (other !== -1) {
        const next = spans[other] as RecognizedSpan;
        // After a free piece, or after a dot (a domain: "ONLINE.UA", "Leave.EU"), the next span is the name's end.
        if ((free === 0 && hyphen) || next.tokenStart !== end + 1) break;
        merged.add(other);
        end = next.tokenEnd;
        break;
      }
      if (free === 0 && (gaz?.[end + 1] ?? 0) !== 0) break;
      if (hyphen && isLowerWord(piece.surface) && !continuesGlued(tokens, end + 2)) {
        if (piece.surface.length > MAX_LOWER_TAIL || isAcronym(before.surface)) break;
      }
      end += 2;
      free++;
    }
    if (end <= s.tokenEnd) {
      out.push(s);
      continue;
    }
    const last = tokens[end - 1] as RecToken;
    out.push({ ...s, end: last.end, surface: text.slice(s.start, last.end), tokenEnd: end });
  }
  return out;
}

/**
 * The spans with their starts carried back through glued hyphens to the start of the word written
 * without spaces, when that word opens with a capital and no other span holds a piece of it
 * ("Техрик-э-" + "Лабаик Пакистан", "N-" + "TV"; not "анти-" of "анти-Брекзит").
 */
export function carryBackThroughHyphens(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  if (!spans.some((s) => s.tokenStart > 1 && continuesGlued(tokens, s.tokenStart - 1))) return spans;
  const taken = new Uint8Array(tokens.length);
  for (const s of spans) for (let i = Math.max(0, s.tokenStart); i < s.tokenEnd; i++) taken[i] = 1;
  return spans.map((s) => {
    let start = s.tokenStart;
    for (let pieces = 0; pieces < MAX_GLUED_TOKENS && start > 1 && continuesGlued(tokens, start - 1); pieces++) {
      if (taken[start - 2] || !isWord((tokens[start - 2] as RecToken).surface)) return s;
      start -= 2;
    }
    const first = tokens[start] as RecToken;
    // Only from the start of the written word, and only a capitalized one.
    if (start === s.tokenStart || (start > 1 && continuesGlued(tokens, start - 1)) || !/^\p{Lu}/u.test(first.surface)) return s;
    return { ...s, start: first.start, surface: text.slice(first.start, s.end), tokenStart: start };
  });
}

/** Whether token `at` is a hyphen glued to the tokens on both sides (the name goes on). */
function continuesGlued(tokens: readonly RecToken[], at: number): boolean {
  const joiner = tokens[at];
  return (
    joiner !== undefined && HYPHENS.has(joiner.surface) && tokens[at - 1]?.end === joiner.start && tokens[at + 1]?.start === joiner.end
  );
}

/** Whether token `at` is a hyphen or dot glued to the token before it (a span ending there may go on). */
function gluedJoinerAfter(tokens: readonly RecToken[], at: number): boolean {
  const joiner = tokens[at];
  return joiner !== undefined && (HYPHENS.has(joiner.surface) || joiner.surface === ".") && tokens[at - 1]?.end === joiner.start;
}
