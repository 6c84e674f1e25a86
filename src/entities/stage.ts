// The entities stage: recognizes PER/ORG/LOC/EVT/PRO mentions in the clean text with the shipped
// model (src/entities/recognize/), gives each its base form and canonical id (src/entities/link/)
// and adds the `entities` layer. Pure: the model and lexicon are read once, on first use; the corpus
// evidence (the types names had in the store's articles) comes in the stage context.

import type { Doc, EntitiesLayer, EntityType, Mention } from "../model/doc.ts";
import { type Message, makeMessage } from "../model/message.ts";
import type { Stage, StageContext } from "../pipeline/stage.ts";
import { resolveMentions, SHIPPED_LINKER } from "./link/index.ts";
import { findKnownPeople, KNOWN_NAME_SCORE } from "./link/known-names.ts";
import type { CorpusNames } from "./recognize/corpus-names.ts";
import type { NerModel } from "./recognize/model.ts";
import { recognize } from "./recognize/recognize.ts";
import { shippedNerModel } from "./recognize/shipped.ts";

/** Text beyond this many characters is not searched for entities (bounded time and memory). */
export const MAX_ENTITY_TEXT_CHARS = 1_000_000;

const EMITTED_TYPES = new Set<string>(["PER", "ORG", "LOC", "EVT", "PRO"]);

export interface EntitiesOptions {
  /** The recognizer model; the shipped one by default. */
  model?: NerModel | null;
  /** Longest text searched (characters); MAX_ENTITY_TEXT_CHARS by default. */
  maxChars?: number;
  /** The types other articles gave names: a name takes its corpus type (src/entities/recognize/corpus-names.ts). */
  corpus?: CorpusNames;
}

/** Recognize, lemmatize and link the mentions of `text` in language `lang`. */
export function findEntities(
  text: string,
  lang: string,
  input: string,
  options: EntitiesOptions = {},
): { layer: EntitiesLayer; messages: Message[] } {
  const model = options.model === undefined ? shippedNerModel() : options.model;
  const messages: Message[] = [];
  if (!model) {
    messages.push(makeMessage("entities/no-model", "warning", input));
    return { layer: { mentions: [], model: "none" }, messages };
  }
  const limit = options.maxChars ?? MAX_ENTITY_TEXT_CHARS;
  let searched = text;
  if (text.length > limit) {
    searched = text.slice(0, limit);
    messages.push(makeMessage("entities/truncated", "warning", input, { limit }, { start: limit, end: text.length }));
  }
  // The linker memoizes its answers: names recur within and across documents.
  const rec = recognize(model, searched, lang, undefined, { ...SHIPPED_LINKER.recognizerEvidence(lang), corpus: options.corpus });
  if (rec.modelLang === "xx") messages.push(makeMessage("entities/fallback-model", "info", input, { lang }));
  const known = findKnownPeople(searched, rec.tokens, rec.spans, lang, SHIPPED_LINKER.lexicon).map((k) => ({
    ...k,
    type: "PER" as const,
    score: KNOWN_NAME_SCORE,
  }));
  const found: { surface: string; type: string; start: number; end: number; score: number }[] = rec.spans.filter((s) =>
    EMITTED_TYPES.has(s.type),
  );
  const spans = known.length === 0 ? found : [...found, ...known].sort((a, b) => a.start - b.start);
  const resolved = resolveMentions(
    spans.map((s) => ({ surface: s.surface, type: s.type as EntityType, start: s.start, end: s.end })),
    lang,
  );
  const mentions: Mention[] = resolved.map((m, i) => ({
    surface: m.surface,
    lemma: m.lemma,
    type: m.type,
    start: m.start,
    end: m.end,
    id: m.id,
    name: m.name,
    link: m.link,
    score: Math.round((spans[i]?.score ?? 0) * 1000) / 1000,
  }));
  return { layer: { mentions, model: rec.modelLang }, messages };
}

export const entitiesStage: Stage = {
  name: "entities",
  requires: ["extract", "lang"],
  adds: ["entities"],
  run(doc: Doc, ctx: StageContext): Doc {
    const text = doc.extract?.text ?? "";
    const lang = doc.lang?.code ?? "und";
    const { layer, messages } = findEntities(text, lang, doc.raw.input, { corpus: ctx.corpusNames });
    return { ...doc, entities: layer, messages: [...doc.messages, ...messages] };
  },
};
