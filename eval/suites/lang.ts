// npm run eval -- lang: language identification accuracy per language on whole documents and on their first
// 100 characters (SlavicNER bg/cs/pl/ru/sl/uk, WMT en/ru/uk), the five seeds, eld alone beside it, and calibration.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eld } from "eld/medium";
import { detectArticleLanguage, detectLanguage } from "../../src/lang/detect.ts";
import { sharedPath } from "../shared.ts";
import type { Cell, EvalSuite } from "../suite.ts";

/** Characters of the short-text condition. */
const PREFIX_CHARS = 100;
/** Snippet lengths (characters from a document's start) for the calibration table. */
const CALIBRATION_LENGTHS = [15, 30, 60, 100];
/** Confidence bins' lower edges. */
const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99];

export interface LangDoc {
  id: string;
  lang: string;
  text: string;
}

/** Every document of the two corpora, deduplicated by text, with its gold language. */
export function loadLangDocs(): { docs: LangDoc[]; empty: string[] } {
  const docs: LangDoc[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (id: string, lang: string, text: string): void => {
    if (!text.trim()) {
      empty.push(id);
      return;
    }
    if (seen.has(text)) return;
    seen.add(text);
    docs.push({ id, lang, text });
  };
  const raw = sharedPath("eval", "slavicner", "raw");
  for (const topic of readdirSync(raw).sort()) {
    for (const lang of readdirSync(join(raw, topic)).sort()) {
      for (const file of readdirSync(join(raw, topic, lang)).sort()) {
        add(`slavicner/${topic}/${lang}/${file}`, lang, readFileSync(join(raw, topic, lang, file), "utf8"));
      }
    }
  }
  const pairs = readFileSync(sharedPath("eval", "parallel", "doc_translation_pairs.jsonl"), "utf8").split("\n");
  for (const line of pairs) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { pair_id: string; src_lang: string; tgt_lang: string; src_text: string; tgt_text: string };
    add(`parallel/${p.pair_id}/src`, p.src_lang, p.src_text);
    add(`parallel/${p.pair_id}/tgt`, p.tgt_lang, p.tgt_text);
  }
  return { docs, empty };
}

/** Mixes per ordered language pair, and the letters an inserted paragraph needs. */
const MIXES_PER_PAIR = 12;
/** Inserted paragraphs: 120–400 characters; hosts: at least 1500 characters, so the article stays the host's. */
const MIX_MIN_PARAGRAPH_CHARS = 120;
const MIX_MAX_PARAGRAPH_CHARS = 400;
const MIX_MIN_HOST_CHARS = 1500;

/** A document's paragraphs: blank-line separated, or line by line when it has fewer than three such. */
function paragraphsFor(text: string): string[] {
  const blank = text.split(/\n\s*\n/);
  return blank.length >= 3 ? blank : text.split(/\n/);
}

/**
 * Synthetic bilingual articles: document A with its middle paragraph followed by one paragraph of document B
 * (another language). Found = a span with B's language covering exactly the inserted paragraph.
 */
function mixedParagraphs(docs: LangDoc[]): {
  n: number;
  found: number;
  docRight: number;
  falseSpans: number;
  byPair: Map<string, { n: number; found: number; docRight: number }>;
} {
  const byLang = new Map<string, LangDoc[]>();
  for (const d of docs) byLang.set(d.lang, [...(byLang.get(d.lang) ?? []), d]);
  const langs = [...byLang.keys()].sort();
  const out = { n: 0, found: 0, docRight: 0, falseSpans: 0, byPair: new Map<string, { n: number; found: number; docRight: number }>() };
  for (const a of langs) {
    for (const b of langs) {
      if (a === b) continue;
      const hosts = byLang.get(a)!.filter((d) => d.text.length >= MIX_MIN_HOST_CHARS && paragraphsFor(d.text).length >= 3);
      const guests = byLang
        .get(b)!
        .flatMap((d) =>
          paragraphsFor(d.text).filter((p) => p.trim().length >= MIX_MIN_PARAGRAPH_CHARS && p.trim().length <= MIX_MAX_PARAGRAPH_CHARS),
        );
      const cell = { n: 0, found: 0, docRight: 0 };
      for (let k = 0; k < MIXES_PER_PAIR && k < hosts.length && k < guests.length; k++) {
        // Spread the picks over the lists, deterministically.
        const host = paragraphsFor(hosts[Math.floor((k * hosts.length) / MIXES_PER_PAIR)].text);
        const guest = guests[Math.floor((k * guests.length) / MIXES_PER_PAIR)].trim();
        const at = Math.floor(host.length / 2);
        const before = `${host.slice(0, at).join("\n\n")}\n\n`;
        const text = `${before}${guest}\n\n${host.slice(at).join("\n\n")}`;
        const got = detectArticleLanguage(text);
        cell.n++;
        cell.docRight += Number(got.code === a);
        const hit = got.spans.some((s) => s.code === b && s.start === before.length && s.end === before.length + guest.length);
        cell.found += Number(hit);
        out.falseSpans += got.spans.length - Number(hit);
      }
      out.byPair.set(`${a} + ${b}`, cell);
      out.n += cell.n;
      out.found += cell.found;
      out.docRight += cell.docRight;
    }
  }
  return out;
}

interface Tally {
  n: number;
  ours: number;
  ours100: number;
  eld: number;
  eld100: number;
}

const pct = (a: number, n: number): number => (n === 0 ? 0 : Math.round((a / n) * 10000) / 100);
/** Metrics are shares in [0, 1], like the other suites' (tables show percentages). */
const share = (a: number, n: number): number => (n === 0 ? 0 : Math.round((a / n) * 100000) / 100000);

export const suite: EvalSuite = {
  name: "lang",
  description: "language identification: whole documents, first 100 characters, seeds, calibration (eld alone beside)",
  requires: ["eval/slavicner/raw", "eval/parallel/doc_translation_pairs.jsonl", "eval/seeds/gold.json", "seeds"],
  async run(args) {
    const verbose = args.includes("--verbose");
    const { docs, empty } = loadLangDocs();
    const tallies = new Map<string, Tally>();
    const total: Tally = { n: 0, ours: 0, ours100: 0, eld: 0, eld100: 0 };
    const errors: string[] = [];
    const calib = BINS.map(() => ({ n: 0, conf: 0, right: 0 }));
    for (const [index, d] of docs.entries()) {
      const t = tallies.get(d.lang) ?? { n: 0, ours: 0, ours100: 0, eld: 0, eld100: 0 };
      tallies.set(d.lang, t);
      const ours = detectArticleLanguage(d.text).code;
      const prefix = d.text.slice(0, PREFIX_CHARS);
      const ours100 = detectLanguage(prefix).code;
      const marks = [ours === d.lang, ours100 === d.lang, eld.detect(d.text).language === d.lang, eld.detect(prefix).language === d.lang];
      for (const x of [t, total]) {
        x.n++;
        x.ours += Number(marks[0]);
        x.ours100 += Number(marks[1]);
        x.eld += Number(marks[2]);
        x.eld100 += Number(marks[3]);
      }
      if (!marks[0]) errors.push(`whole ${d.id}: gold ${d.lang}, got ${ours}`);
      if (!marks[1] && verbose) errors.push(`first-100 ${d.id}: gold ${d.lang}, got ${ours100}: ${JSON.stringify(prefix)}`);
      // Calibration constants were fitted on the even-indexed documents: score calibration on the odd ones only.
      if (index % 2 === 0) continue;
      for (const len of CALIBRATION_LENGTHS) {
        const g = detectLanguage(d.text.slice(0, len));
        let b = BINS.length - 1;
        while (b > 0 && g.confidence < BINS[b]) b--;
        calib[b].n++;
        calib[b].conf += g.confidence;
        calib[b].right += Number(g.code === d.lang);
      }
    }
    const metrics: Record<string, number> = {
      "lang.overall.accuracy": share(total.ours, total.n),
      "lang.first100.accuracy": share(total.ours100, total.n),
    };
    const rows: Cell[][] = [];
    for (const [lang, t] of [...tallies].sort()) {
      rows.push([lang, t.n, pct(t.ours, t.n), pct(t.eld, t.n), pct(t.ours100, t.n), pct(t.eld100, t.n)]);
      metrics[`lang.${lang}.accuracy`] = share(t.ours, t.n);
      metrics[`lang.${lang}.first100.accuracy`] = share(t.ours100, t.n);
    }
    rows.push(["all", total.n, pct(total.ours, total.n), pct(total.eld, total.n), pct(total.ours100, total.n), pct(total.eld100, total.n)]);

    const seedRows: Cell[][] = [];
    const gold = JSON.parse(readFileSync(sharedPath("eval", "seeds", "gold.json"), "utf8")) as { seeds: { file: string; lang: string }[] };
    let seedsRight = 0;
    for (const s of gold.seeds) {
      const got = detectArticleLanguage(readFileSync(sharedPath("seeds", s.file), "utf8"));
      seedsRight += Number(got.code === s.lang);
      seedRows.push([s.file, s.lang, got.code, got.confidence, got.spans.map((x) => `${x.code}@${x.start}`).join(" ")]);
    }
    metrics["lang.seeds.correct"] = seedsRight;

    let ece = 0;
    let calibN = 0;
    const calibRows: Cell[][] = calib.map((c, i) => {
      ece += Math.abs(c.conf - c.right);
      calibN += c.n;
      return [
        `${BINS[i]}–${BINS[i + 1] ?? 1}`,
        c.n,
        c.n ? Math.round((c.conf / c.n) * 1000) / 1000 : null,
        c.n ? Math.round((c.right / c.n) * 1000) / 1000 : null,
      ];
    });
    metrics["lang.calibration.ece"] = Math.round((ece / Math.max(1, calibN)) * 10000) / 10000;

    const mix = mixedParagraphs(docs);
    metrics["lang.spans.recall"] = share(mix.found, mix.n);
    const mixRows: Cell[][] = [...mix.byPair].sort().map(([pair, v]) => [pair, v.n, pct(v.found, v.n), pct(v.docRight, v.n)]);
    mixRows.push(["all", mix.n, pct(mix.found, mix.n), pct(mix.docRight, mix.n)]);

    return {
      tables: [
        {
          title: "Accuracy (%) per gold language: ours vs eld alone (medium table, the one ours embeds)",
          columns: ["lang", "docs", "whole", "eld whole", "first 100", "eld first 100"],
          rows,
        },
        { title: "Seeds", columns: ["file", "gold", "ours", "confidence", "spans"], rows: seedRows },
        {
          title: `Per-paragraph spans on ${mix.n} synthetic mixes (a document of ≥ ${MIX_MIN_HOST_CHARS} characters with one paragraph of ${MIX_MIN_PARAGRAPH_CHARS}–${MIX_MAX_PARAGRAPH_CHARS} characters in another language inserted; ${mix.falseSpans} spans elsewhere)`,
          columns: ["article + paragraph", "mixes", "span found (%)", "article right (%)"],
          rows: mixRows,
        },
        {
          title: `Calibration on snippets of ${CALIBRATION_LENGTHS.join("/")} characters of the odd-indexed documents (held out from the fit; ECE ${metrics["lang.calibration.ece"]})`,
          columns: ["confidence", "snippets", "mean confidence", "accuracy"],
          rows: calibRows,
        },
      ],
      metrics,
      notes: [
        `${empty.length} empty documents left out (${empty.join(", ") || "none"}); duplicates by text counted once`,
        ...errors.slice(0, 60),
      ],
    };
  },
};
