// Base forms and cross-lingual linking of entity mentions (issue 5): the public API.

import type { EntityType } from "../../model/doc.ts";
import type { LinkInput, LinkOutput, MentionSpan } from "./linker.ts";
import { SHIPPED_LINKER } from "./shipped.ts";

export type { LemmaModelData, LemmaSample } from "./lemma-model.ts";
export { learnLemmaModel } from "./lemma-model.ts";
export { Lemmatizer } from "./lemmatizer.ts";
export type { LexiconData, LexiconEntity } from "./lexicon.ts";
export { Lexicon } from "./lexicon.ts";
export type { LinkerOptions, LinkInput, LinkOutput, MentionSpan } from "./linker.ts";
export { Linker } from "./linker.ts";
export { aliasForm, keyId, nameKey } from "./name-key.ts";
export { SHIPPED_LINKER } from "./shipped.ts";

/** Base form of a mention in its own language (Лукашенка → Лукашенко, Володимира Путіна → Володимир Путін). */
export function lemmatize(surface: string, type: EntityType, lang: string): string {
  return SHIPPED_LINKER.lemmatize(surface, type, lang);
}

/** Base forms of all mentions of one document, in order: better than one by one, since a word may take the base form written elsewhere in the document. */
export function lemmatizeMentions(mentions: readonly { surface: string; type: EntityType }[], lang: string): string[] {
  return SHIPPED_LINKER.lemmatizeMentions(mentions, lang);
}

/** One document's recognized mentions with their base forms, ids, English names and evidence, in input order. */
export function resolveMentions(mentions: readonly MentionSpan[], lang: string): (LinkInput & LinkOutput)[] {
  return SHIPPED_LINKER.resolveMentions(mentions, lang);
}

/** Canonical id, English name and evidence for each mention of one document, in input order. */
export function linkMentions(mentions: readonly LinkInput[], lang: string): LinkOutput[] {
  return SHIPPED_LINKER.linkMentions(mentions, lang);
}
