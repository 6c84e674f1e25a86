// Sentence boundaries over tokens: terminal punctuation, unless it closes an abbreviation, an initial
// ("Т. Мей"), a year abbreviation ("2024 г."), or the next word goes on in lowercase; blank lines always split.

import { CLOSING_CHARS, OPENING_CHARS, SENTENCE_END_CHARS } from "../lang-data/shared/punctuation.ts";
import type { Sentence, Token } from "../model/doc.ts";
import { FINAL_ABBREVIATIONS, isAbbreviation } from "./abbreviations.ts";

const UPPER_START = /^[\p{Lu}\p{Lt}\p{Nd}]/u;
const LOWER_START = /^\p{Ll}/u;
const BLANK_LINE = /\n[ \t\r]*\n/;

/** A token made only of sentence-ending characters (".", "?!", "…", "..."). */
export function isTerminal(t: Token): boolean {
  return t.kind === "punct" && Array.from(t.surface).every((c) => SENTENCE_END_CHARS.includes(c));
}

/** The full stop after `prev` is part of it: an abbreviation, an initial, or "г." after a year. */
export function stopBelongsToWord(tokens: Token[], i: number, lang: string): boolean {
  if (tokens[i].surface !== ".") return false;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start || prev.kind !== "word") return false;
  // An initial: one capital letter (Т. Мей, J. Smith).
  if (Array.from(prev.surface).length === 1 && UPPER_START.test(prev.surface)) return true;
  // "т.д." and "etc." often end a sentence: there the next capital decides, as after any full stop.
  if (FINAL_ABBREVIATIONS.has(prev.norm)) return false;
  // "2024 г.", "2024 р.", "ул.", "проф.": the stop belongs to the abbreviation.
  return isAbbreviation(prev.norm, lang);
}

/** The first word-ish token after `i` (skipping dashes and opening quotes), or undefined. */
function nextWord(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === "word" || t.kind === "number") return t;
    if (!OPENING_CHARS.includes(t.surface) && !CLOSING_CHARS.includes(t.surface)) return t;
  }
  return undefined;
}

/** Sentences of `text` given its tokens (sorted by offset). Each token is in exactly one sentence. */
export function splitSentences(text: string, tokens: Token[], lang: string): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last < first) return;
    sentences.push({ start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1 });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(tokens[i].end, next.start);
    if (BLANK_LINE.test(gap)) {
      close(i);
      continue;
    }
    if (gap.includes("\n") && !LOWER_START.test(next.surface) && !isTerminal(tokens[i])) {
      // A line without a full stop (a headline, a list item) ends where the next line starts with a capital.
      if (UPPER_START.test(next.surface) || OPENING_CHARS.includes(next.surface)) {
        close(i);
        continue;
      }
    }
    if (!isTerminal(tokens[i]) || stopBelongsToWord(tokens, i, lang)) continue;
    // Closing quotes and brackets stay with the sentence they end.
    let last = i;
    while (tokens[last + 1] && CLOSING_CHARS.includes(tokens[last + 1].surface) && tokens[last + 1].start === tokens[last].end) last++;
    const word = nextWord(tokens, last);
    if (word && LOWER_START.test(word.surface)) continue;
    close(last);
    i = last;
  }
  close(tokens.length - 1);
  return sentences;
}
