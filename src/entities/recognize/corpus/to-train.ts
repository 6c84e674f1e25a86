// Turns annotated documents (offsets into text) into labelled token sequences for training, and
// keeps the tokenization so evaluation can compare spans.

import type { FeatureDoc } from "../features.ts";
import { beginLabel, insideLabel, type TagType } from "../labels.ts";
import { type RecToken, tokenize } from "../tokenize.ts";
import type { TrainDoc } from "../train.ts";
import type { AnnotatedDoc } from "./slavicner.ts";

export function featureDocOf(tokens: RecToken[], lang: string): FeatureDoc {
  const sentenceStart = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) sentenceStart[i] = tokens[i]?.sentenceStart ? 1 : 0;
  return { surfaces: tokens.map((t) => t.surface), sentenceStart, lang };
}

/** Label the tokens of an annotated document: a token starting inside a mention takes its type. */
export function annotatedToTrainDoc(doc: AnnotatedDoc, sourceBit: number): TrainDoc {
  const tokens = tokenize(doc.text);
  const labels = new Uint8Array(tokens.length);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    while (m < doc.mentions.length && (doc.mentions[m]?.end ?? 0) <= tok.start) m++;
    const mention = doc.mentions[m];
    if (!mention || mention.start >= tok.end) continue;
    const type = mention.type as TagType;
    const prev = tokens[i - 1];
    const begins = tok.start <= mention.start || !prev || prev.end <= mention.start;
    labels[i] = begins ? beginLabel(type) : insideLabel(type);
  }
  return { ...featureDocOf(tokens, doc.lang), labels, sourceBit };
}
