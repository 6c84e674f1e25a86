// Reads the SlavicNER annotations (`ner/<topic>/<lang>/<doc>.tsv`: start, end, surface, base form,
// type, cross-lingual id) for building the lexicon and the base-form rules, and for evaluation.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityType } from "../../src/model/doc.ts";

export interface GoldMention {
  topic: string;
  lang: string;
  /** `<topic>/<lang>/<name>`: unique over the corpus. */
  doc: string;
  start: number;
  end: number;
  surface: string;
  lemma: string;
  type: EntityType;
  /** Cross-lingual entity id (`PER-Theresa-May`). */
  id: string;
  /** The annotated base form was a slip (`isCleanName`): `lemma` is the surface, not learned from. */
  lemmaUnknown?: true;
}

const TYPES = new Set<string>(["PER", "ORG", "LOC", "EVT", "PRO"]);

/** Annotation slips: a base form with brackets, pipes or control characters (`Ки[в`) is not learned from. */
export function isCleanName(name: string): boolean {
  return !/[[\]{}<>|\\\p{Cc}]/u.test(name);
}

export function slavicNerTopics(root: string): string[] {
  return readdirSync(join(root, "ner")).sort();
}

/** All gold mentions of the given topics, in file order; malformed lines are skipped. */
export function readSlavicNer(root: string, topics: string[]): GoldMention[] {
  const out: GoldMention[] = [];
  for (const topic of topics) {
    for (const lang of readdirSync(join(root, "ner", topic)).sort()) {
      const dir = join(root, "ner", topic, lang);
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith(".tsv")) continue;
        const doc = `${topic}/${lang}/${file.slice(0, -4)}`;
        for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
          const f = line.split("\t");
          if (f.length < 6 || !TYPES.has(f[4]) || f[2] === "" || f[5] === "") continue;
          // A slip's base form is unknown: the surface stands in for the lexicon, and the lemma rules skip it.
          const slip = f[3] === "" || !isCleanName(f[3]);
          const lemma = slip ? f[2] : f[3];
          out.push({
            topic,
            lang,
            doc,
            start: Number(f[0]),
            end: Number(f[1]),
            surface: f[2],
            lemma,
            type: f[4] as EntityType,
            id: f[5].trim(),
            ...(slip && { lemmaUnknown: true }),
          });
        }
      }
    }
  }
  return out;
}
