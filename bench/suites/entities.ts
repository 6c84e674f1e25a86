// Bench: the entities stage alone: model load time, then mentions/s and articles/s (normalized to
// 3 KB articles) on SlavicNER raw documents for recognition alone and recognition + base forms +
// linking, beside the recognizer's own tokenizer as the in-run reference; then bad input (a very long
// document, all-caps text, a table of names) as time per KB relative to ordinary text.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedPath } from "../../eval/shared.ts";
import type { EvalTable } from "../../eval/suite.ts";
import { recognize } from "../../src/entities/recognize/recognize.ts";
import { shippedNerModel } from "../../src/entities/recognize/shipped.ts";
import { tokenize } from "../../src/entities/recognize/tokenize.ts";
import { findEntities } from "../../src/entities/stage.ts";
import type { BenchSuite } from "../suite.ts";

const ARTICLE_BYTES = 3000;
const MAX_DOCS = 1200;

function sampleDocs(): { text: string; lang: string }[] {
  const raw = sharedPath("eval", "slavicner", "raw");
  const docs: { text: string; lang: string }[] = [];
  for (const topic of readdirSync(raw).sort()) {
    for (const lang of readdirSync(join(raw, topic)).sort()) {
      const files = readdirSync(join(raw, topic, lang))
        .sort()
        .slice(0, 40);
      for (const f of files) docs.push({ text: readFileSync(join(raw, topic, lang, f), "utf8"), lang });
    }
  }
  return docs.slice(0, MAX_DOCS);
}

function time(fn: () => number): { seconds: number; count: number } {
  const started = performance.now();
  const count = fn();
  return { seconds: (performance.now() - started) / 1000, count };
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export const bench: BenchSuite = {
  name: "entities",
  description: "entities stage alone: model load, mentions/s and 3 KB articles/s, bad input",
  requires: ["eval/slavicner/raw"],
  async run() {
    const loadStarted = performance.now();
    const model = shippedNerModel();
    const loadMs = performance.now() - loadStarted;
    if (!model) throw new Error("no shipped model: run npm run train -- entities");
    const docs = sampleDocs();
    const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
    const articles = bytes / ARTICLE_BYTES;
    for (const d of docs.slice(0, 50)) recognize(model, d.text, d.lang); // warm-up
    const runs = [
      { name: "reference: tokenize only", r: time(() => docs.reduce((s, d) => s + tokenize(d.text).length * 0, 0)) },
      { name: "recognize", r: time(() => docs.reduce((s, d) => s + recognize(model, d.text, d.lang).spans.length, 0)) },
      {
        name: "recognize + base forms + links",
        r: time(() => docs.reduce((s, d) => s + findEntities(d.text, d.lang, "bench").layer.mentions.length, 0)),
      },
    ];
    const ref = runs[0]?.r.seconds ?? 1;
    const speed: EvalTable = {
      title: `speed on ${docs.length} SlavicNER documents (${round(bytes / 1e6, 2)} MB = ${Math.round(articles)} articles of 3 KB); model load ${Math.round(loadMs)} ms`,
      columns: ["run", "seconds", "mentions/s", "3 KB articles/s", "× reference time"],
      rows: runs.map(({ name, r }) => [
        name,
        round(r.seconds, 2),
        r.count ? Math.round(r.count / r.seconds) : null,
        Math.round(articles / r.seconds),
        round(r.seconds / ref, 1),
      ]),
    };
    const ordinary = docs.slice(0, 200).map((d) => d.text);
    const ordinaryText = ordinary.join("\n\n");
    const firstNames = ["Ivan", "Olena", "Petro", "Maria", "Taras", "Anna", "Jan", "Ewa"];
    const surnames = ["Koval", "Shevchuk", "Novak", "Horak", "Melnyk", "Bondar", "Lis", "Dvorak"];
    const table = Array.from(
      { length: 20000 },
      (_, i) => `${firstNames[i % 8]} ${surnames[(i * 7) % 8]}\t${1000 + i}\t${surnames[(i * 3) % 8]} Ltd`,
    ).join("\n");
    const bad = [
      { name: "ordinary text (reference)", text: ordinaryText },
      { name: "very long document (all of it as one)", text: docs.map((d) => d.text).join("\n\n") },
      { name: "all caps", text: ordinaryText.toUpperCase() },
      { name: "table of names", text: table },
    ];
    const perKb: number[] = [];
    const rows = bad.map((b) => {
      const rss0 = process.memoryUsage().rss;
      const r = time(() => findEntities(b.text, "uk", "bench").layer.mentions.length);
      const msPerKb = (r.seconds * 1000) / (b.text.length / 1000);
      perKb.push(msPerKb);
      return [
        b.name,
        Math.round(b.text.length / 1000),
        round(r.seconds, 2),
        r.count,
        round(msPerKb, 3),
        round(msPerKb / (perKb[0] ?? msPerKb), 2),
        Math.round((process.memoryUsage().rss - rss0) / 1e6),
      ];
    });
    const badTable: EvalTable = {
      title: "bad input (language read as uk)",
      columns: ["input", "K chars", "seconds", "mentions", "ms per K chars", "× ordinary", "RSS growth MB"],
      rows,
    };
    return [speed, badTable];
  },
};
