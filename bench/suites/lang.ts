// Bench: language identification throughput and peak memory, ours (article with spans, and one text) beside
// eld alone, on the same documents in the same run. Each detector runs in its own child process
// (this file with `--child MODE`), so peak RSS is per detector; speed is the ratio to eld's.

import { fileURLToPath } from "node:url";
import { loadLangDocs } from "../../eval/suites/lang.ts";
import { measureChild, peakRssMb } from "../measure.ts";
import type { BenchSuite } from "../suite.ts";

const SELF = fileURLToPath(import.meta.url);
/** Passes over all documents per measurement (after one warm-up pass). */
const PASSES = 3;

type Detect = (text: string) => string;

/**
 * Each mode loads only its own modules (inside its child), so peak RSS is its own. The first mode is the
 * reference: eld with the n-gram table our detector embeds (medium).
 */
const MODES: Record<string, () => Promise<Detect>> = {
  "eld medium (ours embeds it)": async () => {
    const { eld } = await import("eld/medium");
    return (t) => eld.detect(t).language;
  },
  "eld large": async () => {
    const { eld } = await import("eld/large");
    return (t) => eld.detect(t).language;
  },
  "ours: article + spans": async () => {
    const { detectArticleLanguage } = await import("../../src/lang/detect.ts");
    return (t) => detectArticleLanguage(t).code;
  },
  "ours: one text": async () => {
    const { detectLanguage } = await import("../../src/lang/detect.ts");
    return (t) => detectLanguage(t).code;
  },
};

async function child(mode: string): Promise<Record<string, number>> {
  const detect = await MODES[mode]();
  const texts = loadLangDocs().docs.map((d) => d.text);
  const chars = texts.reduce((s, t) => s + t.length, 0);
  let sink = 0;
  for (const t of texts) sink += detect(t).length;
  const started = performance.now();
  for (let p = 0; p < PASSES; p++) for (const t of texts) sink += detect(t).length;
  const seconds = (performance.now() - started) / 1000;
  return { seconds, docs: texts.length * PASSES, chars: chars * PASSES, sink, peakRssMb: peakRssMb() };
}

if (process.argv[2] === "--child") {
  console.log(JSON.stringify(await child(process.argv.slice(3).join(" "))));
}

export const bench: BenchSuite = {
  name: "lang",
  description: `language identification vs eld alone (child processes, ${PASSES} passes over SlavicNER + WMT documents)`,
  requires: ["eval/slavicner/raw", "eval/parallel/doc_translation_pairs.jsonl"],
  async run() {
    const rows: (string | number | null)[][] = [];
    let reference: number | undefined;
    for (const mode of Object.keys(MODES)) {
      const m = measureChild(SELF, ["--child", mode]);
      const docsPerSecond = m.docs / m.seconds;
      reference ??= docsPerSecond;
      rows.push([
        mode,
        m.docs,
        Math.round(docsPerSecond),
        Math.round((m.chars / m.seconds / 1e6) * 100) / 100,
        Math.round(m.peakRssMb),
        Math.round((docsPerSecond / reference) * 100) / 100,
      ]);
    }
    return [
      {
        title: "Throughput (eld reads only a document's first ~380 bytes; ours reads the whole document for letters and function words)",
        columns: ["detector", "documents", "docs/s", "MB chars/s", "peak RSS MB", "speed vs eld"],
        rows,
      },
    ];
  },
};
