// Tokens with character offsets into the text: Intl.Segmenter's words, every other non-space character
// a token of its own, each with its norm, matching key and stem.

import type { Token } from "../model/doc.ts";
import { wordKey } from "./key.ts";
import { normalizeToken } from "./normalize.ts";
import { stemWord } from "./stem.ts";

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === "und" ? undefined : lang, { granularity: "word" });
    segmenters.set(lang, s);
  }
  return s;
}

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{Nd}/u;
const IS_PUNCT = /^\p{P}+$/u;
const SPACE = /^\s+$/u;
const TERMINAL_RUN = /^[.!?…]{2,}$/u;

/** Token kind from its surface: letters make a word, digits (with separators) a number. */
export function tokenKind(surface: string): Token["kind"] {
  if (HAS_LETTER.test(surface)) return "word";
  if (HAS_DIGIT.test(surface)) return "number";
  if (IS_PUNCT.test(surface)) return "punct";
  return "symbol";
}

/** Tokens of `text[start, end)` in `lang` (ISO 639-1 or "und"), offsets into `text`. Never throws. */
export function tokenize(text: string, lang: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const keys = new Map<string, { key: string; stem: string }>();
  let segmenter: Intl.Segmenter;
  try {
    segmenter = wordSegmenter(lang);
  } catch {
    segmenter = wordSegmenter("und");
  }
  for (const seg of segmenter.segment(text.slice(start, end))) {
    const s = seg.segment;
    if (SPACE.test(s)) continue;
    const at = start + seg.index;
    if (seg.isWordLike || s.length === 1) {
      const prev = tokens[tokens.length - 1];
      // "...", "?!", "!!!": runs of sentence-end marks are one token (Intl.Segmenter gives one per character).
      if (!seg.isWordLike && prev && prev.end === at && TERMINAL_RUN.test(prev.surface + s)) {
        tokens[tokens.length - 1] = makeToken(prev.surface + s, prev.start, lang, keys);
        continue;
      }
      tokens.push(makeToken(s, at, lang, keys));
      continue;
    }
    // A non-word segment of several characters (e.g. "»," or "?!"): ".../..." stay together, others split.
    for (const part of splitPunctuation(s)) tokens.push(makeToken(part.text, at + part.offset, lang, keys));
  }
  return tokens;
}

function splitPunctuation(s: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const re = /\.{2,}|[!?]{2,}|\s+|./gsu;
  for (const m of s.matchAll(re)) if (!SPACE.test(m[0])) out.push({ text: m[0], offset: m.index });
  return out;
}

function makeToken(surface: string, start: number, lang: string, cache: Map<string, { key: string; stem: string }>): Token {
  const kind = tokenKind(surface);
  const norm = normalizeToken(surface);
  if (kind !== "word" && kind !== "number") return { start, end: start + surface.length, surface, norm, key: "", stem: norm, kind };
  let derived = cache.get(norm);
  if (!derived) {
    derived = { key: wordKey(norm.replace(/'/g, ""), lang), stem: kind === "word" ? stemWord(norm, lang) : norm };
    cache.set(norm, derived);
  }
  return { start, end: start + surface.length, surface, norm, key: derived.key, stem: derived.stem, kind };
}
