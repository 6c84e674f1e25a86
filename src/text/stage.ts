// The text stage: adds `text` (sentences and tokens with offsets into extract.text, each token with norm, key, stem).

import type { Doc, TextLayer } from "../model/doc.ts";
import type { Stage } from "../pipeline/stage.ts";
import { splitSentences } from "./sentences.ts";
import { tokenize } from "./tokenize.ts";

/** Sentences and tokens of `text` in `lang`. Never throws; empty text gives empty lists. */
export function analyzeText(text: string, lang: string): TextLayer {
  const tokens = tokenize(text, lang);
  return { sentences: splitSentences(text, tokens, lang), tokens };
}

export const textStage: Stage = {
  name: "text",
  requires: ["extract", "lang"],
  adds: ["text"],
  run(doc: Doc): Doc {
    if (!doc.extract) return doc;
    const text = doc.extract.text;
    const main = doc.lang?.code ?? "und";
    const spans = doc.lang?.spans ?? [];
    if (spans.length === 0) return { ...doc, text: analyzeText(text, main) };
    // Paragraphs in another language get that language's stems and abbreviations.
    const tokens = [];
    let at = 0;
    for (const span of spans) {
      tokens.push(...tokenize(text, main, at, span.start), ...tokenize(text, span.code, span.start, span.end));
      at = span.end;
    }
    tokens.push(...tokenize(text, main, at, text.length));
    return { ...doc, text: { sentences: splitSentences(text, tokens, main), tokens } };
  },
};
