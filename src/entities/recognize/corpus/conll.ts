// Readers for token-per-line NER data: wikigold (English, CoNLL IO tags, `-DOCSTART-` between
// documents) and FactRuEval's BIO export (Russian). Both give labelled token sequences.

import { readFileSync } from "node:fs";
import { beginLabel, insideLabel, O_LABEL, type TagType } from "../labels.ts";
import type { TrainDoc } from "../train.ts";

const TYPE_MAP: Record<string, TagType> = { PER: "PER", ORG: "ORG", LOC: "LOC", MISC: "MISC", LOCORG: "LOC" };

/** One labelled document from a CoNLL-like file. */
export interface ConllDoc {
  surfaces: string[];
  sentenceStart: Uint8Array;
  labels: Uint8Array;
}

function flush(docs: ConllDoc[], surfaces: string[], starts: number[], labels: number[]): void {
  if (surfaces.length === 0) return;
  docs.push({ surfaces: [...surfaces], sentenceStart: Uint8Array.from(starts), labels: Uint8Array.from(labels) });
  surfaces.length = 0;
  starts.length = 0;
  labels.length = 0;
}

/**
 * Parse lines of `token<sep>tag`. IO tags (wikigold) become BIO: an I-x after anything but x begins.
 * `docBreakEvery` groups sentences into pseudo-documents when the file has no document markers.
 */
export function parseConll(text: string, docBreakEvery = 0): ConllDoc[] {
  const docs: ConllDoc[] = [];
  const surfaces: string[] = [];
  const starts: number[] = [];
  const labels: number[] = [];
  let newSentence = true;
  let prevType: TagType | null = null;
  let sentencesInDoc = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      if (!newSentence) sentencesInDoc++;
      newSentence = true;
      prevType = null;
      if (docBreakEvery > 0 && sentencesInDoc >= docBreakEvery) {
        flush(docs, surfaces, starts, labels);
        sentencesInDoc = 0;
      }
      continue;
    }
    const parts = line.split(/\s+/);
    const token = parts[0] ?? "";
    const tag = parts[parts.length - 1] ?? "O";
    if (token === "-DOCSTART-") {
      flush(docs, surfaces, starts, labels);
      newSentence = true;
      prevType = null;
      continue;
    }
    const [prefix, rawType] = tag === "O" ? ["O", ""] : (tag.split("-", 2) as [string, string]);
    const type = TYPE_MAP[rawType.toUpperCase()] ?? null;
    let label = O_LABEL;
    if (type) label = prefix === "B" || prevType !== type ? beginLabel(type) : insideLabel(type);
    surfaces.push(token);
    starts.push(newSentence ? 1 : 0);
    labels.push(label);
    newSentence = false;
    prevType = type;
  }
  flush(docs, surfaces, starts, labels);
  return docs;
}

export function readConll(path: string, docBreakEvery = 0): ConllDoc[] {
  return parseConll(readFileSync(path, "utf8"), docBreakEvery);
}

export function conllToTrainDoc(doc: ConllDoc, lang: string, sourceBit: number): TrainDoc {
  return { surfaces: doc.surfaces, sentenceStart: doc.sentenceStart, labels: doc.labels, lang, sourceBit };
}
