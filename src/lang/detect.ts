// Language identification of a text and of a whole article (with per-paragraph spans where a paragraph differs).
//
// The cascade, per text:
//   1. Clean: lone surrogates replaced, cp1251-as-Latin-1 mojibake read back (mojibake.ts).
//   2. Cheap evidence in one pass (evidence.ts): letters per script, Cyrillic letter counts, function words.
//   3. A script that names one language decides alone (Greek → el, kana → ja, …).
//   4. eld's n-gram scores on the text's start, plus letter model, function words and the page's hint (decide.ts).
//   5. Too few letters: "und", confidence 0.

import type { LangLayer, LangSpan } from "../model/doc.ts";
import { cheapRivals, type Decision, decide, settledWithoutEld, UNDETERMINED } from "./decide.ts";
import { eldScores } from "./eld-scores.ts";
import { addEvidence, dominantScript, type Evidence, emptyEvidence, gatherEvidence } from "./evidence.ts";
import { looksLikeCp1251Mojibake, readBackCp1251 } from "./mojibake.ts";
import { LANG_CODE_ALIASES } from "./profiles.ts";
import { SCRIPTS } from "./scripts.ts";

/** A paragraph needs this many letters before it may get a language of its own. */
export const SPAN_MIN_LETTERS = 40;
/** The cheap evidence must put another language this far (nats) ahead before a paragraph is checked with eld. */
export const SPAN_CHECK_MARGIN_NATS = 2;
/** A paragraph's own language is kept only at this confidence or more. */
export const SPAN_MIN_CONFIDENCE = 0.8;

export interface DetectOptions {
  /** The language the page declares (`<html lang>`, a JSONL field): a prior, never the answer. */
  hint?: string;
}

export interface Detection extends Decision {
  /** The text was cp1251 mojibake and was read back before detection. */
  mojibake: boolean;
}

/** ISO 639-1 primary code of a declared language (`uk-UA` → `uk`, `ua` → `uk`), or undefined. */
export function normalizeLangHint(hint: string | undefined): string | undefined {
  if (!hint) return undefined;
  const primary = hint.trim().toLowerCase().split(/[-_]/)[0];
  if (!/^[a-z]{2,3}$/.test(primary)) return undefined;
  return LANG_CODE_ALIASES[primary] ?? (primary.length === 2 ? primary : undefined);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces lone surrogates, and reads back cp1251 mojibake. */
function clean(text: string): { text: string; mojibake: boolean } {
  const wellFormed = text.replace(LONE_SURROGATE, "\ufffd");
  if (looksLikeCp1251Mojibake(wellFormed)) return { text: readBackCp1251(wellFormed), mojibake: true };
  return { text: wellFormed, mojibake: false };
}

/** The language of one text (a headline, a paragraph, an article), with calibrated confidence. Never throws. */
export function detectLanguage(text: string, options: DetectOptions = {}): Detection {
  const cleaned = clean(typeof text === "string" ? text : "");
  const ev = gatherEvidence(cleaned.text);
  return { ...detectFromEvidence(cleaned.text, ev, normalizeLangHint(options.hint)), mojibake: cleaned.mojibake };
}

function detectFromEvidence(text: string, ev: Evidence, hint: string | undefined): Decision {
  return decide(ev, settledWithoutEld(ev) ? null : eldScores(text), hint);
}

interface Paragraph {
  start: number;
  end: number;
  ev: Evidence;
}

/** Paragraphs of an article body: separated by blank lines, offsets into `text`. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t\r]*\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** An article's language layer: one language with confidence, and spans for paragraphs in another language. */
export function detectArticleLanguage(text: string, options: DetectOptions = {}): LangLayer & { mojibake: boolean } {
  const cleaned = clean(typeof text === "string" ? text : "");
  const hint = normalizeLangHint(options.hint);
  const paragraphs: Paragraph[] = paragraphsOf(cleaned.text).map((p) => ({ ...p, ev: gatherEvidence(cleaned.text.slice(p.start, p.end)) }));
  const total = emptyEvidence();
  for (const p of paragraphs) addEvidence(total, p.ev);
  const sample = eldSample(paragraphs, total);
  const doc = sample ? detectFromEvidence(cleaned.text.slice(sample.start, sample.end), total, hint) : UNDETERMINED;
  const spans: LangSpan[] = [];
  if (doc.code !== "und" && paragraphs.length > 1) {
    for (const p of paragraphs) {
      const span = paragraphLanguage(cleaned.text, p, doc);
      if (span) spans.push(span);
    }
  }
  return { code: doc.code, confidence: round(doc.confidence), spans, mojibake: cleaned.mojibake };
}

/**
 * The stretch eld reads for an article (it reads ~380 bytes): the longest paragraph that the cheap evidence puts
 * in the article's cheap winner with no rival, else the longest paragraph. A quoted paragraph or an embedded
 * post in another language near the top then cannot speak for the whole article.
 */
function eldSample(paragraphs: Paragraph[], total: Evidence): Paragraph | undefined {
  if (paragraphs.length === 0) return undefined;
  const cheap = decide(total, null);
  let best: Paragraph | undefined;
  let longest = paragraphs[0];
  for (const p of paragraphs) {
    if (p.ev.letters > longest.ev.letters) longest = p;
    if (cheap.code !== "und" && cheapRivals(p.ev, cheap.code).length === 1 && (!best || p.ev.letters > best.ev.letters)) best = p;
  }
  return best ?? longest;
}

/** A paragraph's own language when the cheap evidence suggests another one and the full check confirms it. */
function paragraphLanguage(text: string, p: Paragraph, doc: Decision): LangSpan | undefined {
  if (p.ev.letters < SPAN_MIN_LETTERS) return undefined;
  const sameScript = SCRIPTS[dominantScript(p.ev)] === doc.script;
  const rivals = cheapRivals(p.ev, doc.code);
  // Same script and no rival in the cheap evidence: the paragraph is in the article's language.
  if (sameScript && rivals.length === 1) return undefined;
  const cheap = decide(p.ev, null, undefined, sameScript ? rivals : undefined);
  if (cheap.code === "und" || cheap.code === doc.code) return undefined;
  const docScore = cheap.ranked.find((r) => r.code === doc.code)?.score;
  if (docScore !== undefined && cheap.ranked[0].score - docScore < SPAN_CHECK_MARGIN_NATS) return undefined;
  const full = settledWithoutEld(p.ev) ? cheap : decide(p.ev, eldScores(text.slice(p.start, p.end)));
  if (full.code === doc.code || full.code === "und" || full.confidence < SPAN_MIN_CONFIDENCE) return undefined;
  return { code: full.code, confidence: round(full.confidence), start: p.start, end: p.end };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
