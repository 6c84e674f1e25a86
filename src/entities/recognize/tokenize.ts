// Fast tokenization for the recognizer: words (letters, digits, marks, with inner apostrophes; hyphens
// are tokens of their own, as names end at them: "Лондон-Пловдив", "анти-Брекзит", except before digits:
// "COVID-19"), single punctuation marks, plus sentence breaks after sentence-final punctuation (not after
// initials and abbreviations inside names: abbreviations.ts) and at line breaks.

import { NAME_ABBREVIATIONS } from "./abbreviations.ts";

/** A token as the recognizer sees it: offsets into the text (end exclusive). */
export interface RecToken {
  start: number;
  end: number;
  surface: string;
  /** First token of a sentence (after `.!?` plus space and capital, or a line break). */
  sentenceStart: boolean;
}

/** Longest token kept whole; longer runs (base64, URLs without spaces) are cut. */
export const MAX_TOKEN_CHARS = 64;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const INNER_JOINER = new Set(["'", "’", "ʼ", "`"]);
const HYPHENS = new Set(["-", "‐", "‑"]);

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x0400 && c <= 0x04ff) return true;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i] ?? "");
}

/** True for a joiner between two word characters: an apostrophe (O'Brien, п'ять) or a hyphen before digits (COVID-19, Ту-154). */
function isInnerJoiner(text: string, i: number): boolean {
  const ch = text[i] ?? "";
  if (i === 0 || !isWordCode(text, i - 1) || i + 1 >= text.length || !isWordCode(text, i + 1)) return false;
  if (INNER_JOINER.has(ch)) return true;
  const next = text.charCodeAt(i + 1);
  return HYPHENS.has(ch) && next >= 48 && next <= 57;
}

const SENTENCE_END = new Set([".", "!", "?", "…"]);

/** Split `text` into recognizer tokens with sentence starts. Linear time, no regex per character for Latin/Cyrillic. */
export function tokenize(text: string): RecToken[] {
  const tokens: RecToken[] = [];
  let i = 0;
  const n = text.length;
  let nextStartsSentence = true;
  let pendingEnd = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      nextStartsSentence = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0xfeff) {
      i++;
      continue;
    }
    const start = i;
    if (isWordCode(text, i)) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      while (i < n && i - start < MAX_TOKEN_CHARS) {
        if (isWordCode(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
        else if (isInnerJoiner(text, i)) i++;
        else break;
      }
    } else if (isPossessiveS(text, i + 2) && (i + 2 >= n || !isWordCode(text, i + 2))) {
      i += 2;
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    if (i - start > 3 && isPossessiveS(text, i)) i -= 2;
    const surface = text.slice(start, i);
    if (pendingEnd && startsUpper(surface)) nextStartsSentence = true;
    pendingEnd = false;
    tokens.push({ start, end: i, surface, sentenceStart: nextStartsSentence });
    nextStartsSentence = false;
    if (SENTENCE_END.has(surface) && !isAbbreviationBefore(tokens)) pendingEnd = true;
  }
  return tokens;
}

/** An English possessive `'s` at the end of a word ("Russia's"): a token of its own, as in the CoNLL data. */
function isPossessiveS(text: string, end: number): boolean {
  const apostrophe = text[end - 2] ?? "";
  return (apostrophe === "'" || apostrophe === "’") && (text[end - 1] === "s" || text[end - 1] === "S");
}

/** The word opens with a capital letter (a letter whose lowercase differs). */
export function opensWithCapital(word: string): boolean {
  const first = word[0] ?? "";
  return first !== first.toLowerCase();
}

function startsUpper(s: string): boolean {
  const ch = s[0] ?? "";
  return ch !== ch.toLowerCase() || /\d|["«„“(]/.test(ch);
}

/** A dot after a single capital letter (initials: "В. Путін") or a name's abbreviation does not end a sentence. */
function isAbbreviationBefore(tokens: RecToken[]): boolean {
  const dot = tokens[tokens.length - 1];
  const prev = tokens[tokens.length - 2];
  if (!dot || !prev || dot.surface !== "." || prev.end !== dot.start) return false;
  return (prev.surface.length === 1 && prev.surface !== prev.surface.toLowerCase()) || NAME_ABBREVIATIONS.has(prev.surface);
}
