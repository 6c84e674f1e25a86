// Reads the SlavicNER corpus (raw/<topic>/<lang>/<name>.txt and ner/<topic>/<lang>/<name>.tsv) into
// annotated documents for training and evaluation. Offsets that do not match the text are repaired by
// searching the surface nearby, or the mention is dropped and counted.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityType } from "../../../model/doc.ts";

export interface GoldMention {
  start: number;
  end: number;
  surface: string;
  lemma: string;
  type: EntityType;
  /** Cross-lingual entity id (`PER-Theresa-May`). */
  entity: string;
}

export interface AnnotatedDoc {
  id: string;
  topic: string;
  lang: string;
  text: string;
  mentions: GoldMention[];
}

export interface CorpusStats {
  docs: number;
  mentions: number;
  repaired: number;
  dropped: number;
}

/** How far (characters) a misplaced mention is searched for around its stated offset. */
export const REPAIR_WINDOW_CHARS = 200;

const TYPES = new Set<string>(["PER", "ORG", "LOC", "EVT", "PRO"]);
const LANG_DIRS: Record<string, string> = { bg: "bg", cs: "cs", pl: "pl", ru: "ru", sl: "sl", uk: "uk" };

/** The topics present under `root/raw`. */
export function listTopics(root: string): string[] {
  return readdirSync(join(root, "raw")).sort();
}

/** Place a mention on the text: as given, or the nearest occurrence of its surface within the window. */
function alignMention(text: string, start: number, end: number, surface: string): [number, number] | null {
  if (text.slice(start, end) === surface) return [start, end];
  const from = Math.max(0, start - REPAIR_WINDOW_CHARS);
  const window = text.slice(from, Math.min(text.length, end + REPAIR_WINDOW_CHARS));
  let best = -1;
  for (let at = window.indexOf(surface); at >= 0; at = window.indexOf(surface, at + 1)) {
    if (best < 0 || Math.abs(from + at - start) < Math.abs(from + best - start)) best = at;
  }
  return best < 0 ? null : [from + best, from + best + surface.length];
}

/** Load every annotated document of the given topics (all when omitted). */
export function loadSlavicNer(root: string, topics?: string[], stats?: CorpusStats): AnnotatedDoc[] {
  const docs: AnnotatedDoc[] = [];
  for (const topic of topics ?? listTopics(root)) {
    const rawTopic = join(root, "raw", topic);
    if (!existsSync(rawTopic)) continue;
    for (const langDir of readdirSync(rawTopic).sort()) {
      const lang = LANG_DIRS[langDir] ?? langDir;
      for (const file of readdirSync(join(rawTopic, langDir)).sort()) {
        if (!file.endsWith(".txt")) continue;
        const name = file.slice(0, -4);
        const text = readFileSync(join(rawTopic, langDir, file), "utf8");
        const tsv = join(root, "ner", topic, langDir, `${name}.tsv`);
        const mentions: GoldMention[] = [];
        if (existsSync(tsv)) {
          for (const line of readFileSync(tsv, "utf8").split("\n")) {
            const cols = line.split("\t");
            if (cols.length < 5) continue;
            const [s, e, surface = "", lemma = "", type = "", entity = ""] = cols;
            if (!TYPES.has(type) || surface === "") continue;
            if (stats) stats.mentions++;
            const placed = alignMention(text, Number(s), Number(e), surface);
            if (!placed) {
              if (stats) stats.dropped++;
              continue;
            }
            if (stats && placed[0] !== Number(s)) stats.repaired++;
            mentions.push({ start: placed[0], end: placed[1], surface, lemma, type: type as EntityType, entity });
          }
        }
        mentions.sort((a, b) => a.start - b.start || b.end - a.end);
        docs.push({ id: `${topic}/${langDir}/${name}`, topic, lang, text, mentions });
        if (stats) stats.docs++;
      }
    }
  }
  return docs;
}
