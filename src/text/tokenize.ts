// Tokens with character offsets into the text: words and numbers (Intl.Segmenter for scripts written without
// spaces), every other non-space character a token of its own, each with its norm, matching key and stem.

import type { Token } from "../model/doc.ts";
import { wordKey } from "./key.ts";
import { memoize1, memoize2, TwoKeyMemo } from "./memo.ts";
import { normalizeToken } from "./normalize.ts";
import { stemWord } from "./stem.ts";

const cachedNorm = memoize1(normalizeToken);
const cachedStem = memoize2(stemWord);

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

/** Token kind from its surface: letters make a word, digits (with separators) a number. */
export function tokenKind(surface: string): Token["kind"] {
  if (HAS_LETTER.test(surface)) return "word";
  if (HAS_DIGIT.test(surface)) return "number";
  if (IS_PUNCT.test(surface)) return "punct";
  return "symbol";
}

/**
 * One token per match: a number (3.5, 12:45, 1,000), a word (letters and digits, inner apostrophes and stops kept:
 * м'ята, U.S, т.е), a run of stops or of ?/! marks, or any other single character. The same boundaries as
 * Intl.Segmenter's words for alphabetic scripts, at a fraction of the cost.
 */
const TOKEN =
  /\p{Nd}+(?:[.,:]\p{Nd}+)*(?![\p{L}\p{Nd}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ.·][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\.{2,}|[!?…]{2,}|\S/gu;
/** Scripts written without spaces between words: their runs go to Intl.Segmenter's dictionaries. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Tokens of `text[start, end)` in `lang` (ISO 639-1 or "und"), offsets into `text`. Never throws. */
export function tokenize(text: string, lang: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  // One scan of the text instead of one per token: most texts hold no unspaced script at all.
  const unspaced = UNSPACED.test(slice);
  for (const m of slice.matchAll(TOKEN)) {
    const at = start + m.index;
    if (unspaced && UNSPACED.test(m[0])) tokens.push(...segmentUnspaced(m[0], at, lang));
    else tokens.push(makeToken(m[0], at, lang));
  }
  return tokens;
}

/** Words of a run in a script without spaces (Chinese, Japanese, Thai, …), by Intl.Segmenter. */
function segmentUnspaced(run: string, at: number, lang: string): Token[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = wordSegmenter(lang);
  } catch {
    segmenter = wordSegmenter("und");
  }
  const out: Token[] = [];
  for (const seg of segmenter.segment(run)) if (!SPACE.test(seg.segment)) out.push(makeToken(seg.segment, at + seg.index, lang));
  return out;
}

/**
 * What a token's surface alone decides in one language: its kind and norm at once; its key and stem on
 * first read, since on new words they are most of this stage's cost and most tokens are never matched
 * or stemmed by anything downstream. Computed once per surface and language, shared by its tokens.
 */
class SurfaceForms {
  readonly surface: string;
  readonly lang: string;
  readonly norm: string;
  readonly kind: Token["kind"];
  #key: string | undefined;
  #stem: string | undefined;

  constructor(surface: string, lang: string) {
    this.surface = surface;
    this.lang = lang;
    this.kind = tokenKind(surface);
    this.norm = cachedNorm(surface);
  }

  get key(): string {
    if (this.#key === undefined) {
      const { norm, kind } = this;
      // wordKey keeps its own memo per (word, lang).
      this.#key = kind === "word" || kind === "number" ? wordKey(norm.includes("'") ? norm.replace(/'/g, "") : norm, this.lang) : "";
    }
    return this.#key;
  }

  get stem(): string {
    this.#stem ??= this.kind === "word" ? cachedStem(this.norm, this.lang) : this.norm;
    return this.#stem;
  }
}

/** Token forms by language and surface: one lookup per token instead of one per form. */
const formsMemo = new TwoKeyMemo<string, SurfaceForms>();
const makeForms = (surface: string, lang: string) => new SurfaceForms(surface, lang);

function tokenForms(surface: string, lang: string): SurfaceForms {
  return formsMemo.get(lang, surface, makeForms);
}

/** A token of the text layer: its offsets and surface, and its surface's forms (read through). */
class TextToken implements Token {
  readonly start: number;
  readonly end: number;
  readonly #forms: SurfaceForms;

  constructor(start: number, forms: SurfaceForms) {
    this.start = start;
    this.end = start + forms.surface.length;
    this.#forms = forms;
  }

  get surface(): string {
    return this.#forms.surface;
  }
  get norm(): string {
    return this.#forms.norm;
  }
  get kind(): Token["kind"] {
    return this.#forms.kind;
  }
  get key(): string {
    return this.#forms.key;
  }
  get stem(): string {
    return this.#forms.stem;
  }

  /** As plain data (all forms), for JSON. */
  toJSON(): Token {
    const { start, end, surface, norm, key, stem, kind } = this;
    return { start, end, surface, norm, key, stem, kind };
  }
}

function makeToken(surface: string, start: number, lang: string): Token {
  return new TextToken(start, tokenForms(surface, lang));
}
