// Generated article files for the ingest tests: distinct, plausible-looking texts written here.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SUBJECTS = ["The council", "A spokesperson", "The ministry", "Local officials", "The delegation", "Observers"];
const VERBS = ["announced", "discussed", "postponed", "confirmed", "reviewed", "questioned"];
const OBJECTS = ["the new budget", "a transport plan", "the water supply", "school repairs", "the energy tariff", "a border crossing"];

/** Article `i`: a title line and a few paragraphs, unique through its numbers. */
export function generatedArticle(i: number, paragraphs = 4): string {
  const lines = [`Report number ${i} from the regional desk`, ""];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const k = i * 31 + p * 7 + s;
      sentences.push(`${SUBJECTS[k % 6]} ${VERBS[(k >> 1) % 6]} ${OBJECTS[(k >> 2) % 6]} on day ${(k % 28) + 1} (item ${i}.${p}.${s}).`);
    }
    lines.push(sentences.join(" "), "");
  }
  return lines.join("\n");
}

/** Write `count` generated articles as `dir/article-NNNN.txt`; returns their paths. */
export function writeGeneratedArticles(dir: string, count: number, paragraphs = 4): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `article-${String(i).padStart(4, "0")}.txt`);
    writeFileSync(path, generatedArticle(i, paragraphs));
    paths.push(path);
  }
  return paths;
}
