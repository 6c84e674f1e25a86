// The language stage: adds `lang` (article language with confidence, spans for paragraphs in another language).

import type { Doc } from "../model/doc.ts";
import { makeMessage } from "../model/message.ts";
import type { Stage } from "../pipeline/stage.ts";
import { detectArticleLanguage } from "./detect.ts";

export const langStage: Stage = {
  name: "lang",
  requires: ["extract"],
  adds: ["lang"],
  run(doc: Doc): Doc {
    const extract = doc.extract;
    if (!extract) return doc;
    const text = extract.title && !extract.text.startsWith(extract.title) ? `${extract.title}\n\n${extract.text}` : extract.text;
    const shift = text.length - extract.text.length;
    const found = detectArticleLanguage(text, { hint: extract.langHint });
    // Spans index into extract.text: the title we put in front is dropped from them.
    const spans = found.spans.filter((s) => s.start >= shift).map((s) => ({ ...s, start: s.start - shift, end: s.end - shift }));
    const messages = [...doc.messages];
    if (found.code === "und") {
      const detail = extract.text.trim() ? "too few letters or no known script" : "empty text";
      messages.push(makeMessage("lang/undetermined", "info", doc.raw.input, { detail }));
    }
    if (found.mojibake) messages.push(makeMessage("lang/mojibake", "warning", doc.raw.input));
    return { ...doc, messages, lang: { code: found.code, confidence: found.confidence, spans } };
  },
};
