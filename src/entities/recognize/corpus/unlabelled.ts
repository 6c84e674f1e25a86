// Unlabelled news text for learning word clusters: SlavicNER documents of the given topics, the gold
// article bodies of the extraction benchmarks (ScrapingHub, MIT; WCXB, CC BY 4.0: mostly English) and
// FactRuEval's raw texts (Russian, MIT). Only words and their cluster ids ship, never the text.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listTopics } from "./slavicner.ts";

function* filesUnder(dir: string, suffix: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path, suffix);
    else if (entry.name.endsWith(suffix)) yield path;
  }
}

/** The texts, in a fixed order; SlavicNER topics outside `topics` are left out (held-out folds). */
export function* unlabelledTexts(evalDir: string, topics: readonly string[]): Generator<string> {
  const slavic = join(evalDir, "slavicner", "raw");
  for (const topic of listTopics(join(evalDir, "slavicner"))) {
    if (!topics.includes(topic)) continue;
    for (const path of filesUnder(join(slavic, topic), ".txt")) yield readFileSync(path, "utf8");
  }
  const manifest = join(evalDir, "extraction", "manifest.jsonl");
  if (existsSync(manifest)) {
    for (const line of readFileSync(manifest, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const text = (JSON.parse(line) as { main_text?: string }).main_text;
      if (text) yield text;
    }
  }
  for (const path of filesUnder(join(evalDir, "resources", "factrueval", "raw"), ".txt")) yield readFileSync(path, "utf8");
}
