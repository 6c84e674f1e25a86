// Weighing the evidence into ranked languages with a calibrated confidence: letters, function words,
// eld's n-gram scores and the page's hint, each turned into nats and summed.

import { LATIN_EXTRA_LETTERS } from "../lang-data/shared/latin-letters.ts";
import { ELD_LANGS, type EldScores } from "./eld-scores.ts";
import { dominantScript, type Evidence } from "./evidence.ts";
import { CYRILLIC_LOG_PROBS, ELD_PROXIES, FW_LANGS } from "./profiles.ts";
import { SCRIPT_CANDIDATES, SCRIPT_INDEX, SCRIPT_LANGUAGE, SCRIPTS, type Script } from "./scripts.ts";

/** Weight of the Cyrillic letter model's log-likelihood (its frequencies are rounded textbook figures). */
export const LETTER_MODEL_WEIGHT = 0.7;
/** Nats per function-word hit. */
export const FUNCTION_WORD_NATS = 1.2;
/** Nats per unit of eld's summed n-gram score. */
export const ELD_NATS_PER_POINT = 0.035;
/** Most nats eld may put between two languages: it reads only ~380 bytes, the rest of the evidence reads it all. */
export const ELD_MAX_NATS = 25;
/** Penalty (nats) for a language eld does not know, scored through its relatives (ELD_PROXIES). */
export const ELD_PROXY_PENALTY_NATS = 3;
/** Nats against a Latin language per occurrence of a letter it never writes, and the occurrences counted per letter. */
export const FOREIGN_LETTER_NATS = 4.5;
export const FOREIGN_LETTER_CAP = 3;
/** Most nats all foreign letters together take from a language (a quoted paragraph or names must not outweigh the rest). */
export const FOREIGN_LETTERS_MAX_NATS = 15;
/** Prior (nats) for the language the page declares. */
export const HINT_PRIOR_NATS = 2;
/**
 * Softmax temperature turning summed nats into a probability. This and CONFIDENCE_LETTERS were chosen by a grid
 * on snippets (15–100 characters) of the even-indexed documents of the lang eval; its ECE is reported on the odd ones.
 */
export const CONFIDENCE_TEMPERATURE = 1.5;
/** Letters at which a guess reaches about 63% of its evidence-based confidence (1 − e⁻¹); fewer letters, less trust. */
export const CONFIDENCE_LETTERS = 4;
/** Fewer letters than this: nothing can be told. */
export const MIN_LETTERS = 2;
/** Fewer distinct letters than this (one letter repeated, "ааааа", "ha ha"): nothing can be told. */
export const MIN_DISTINCT_LETTERS = 3;
/** Kana share (of kana + Han letters) above which Han text is Japanese. */
export const KANA_SHARE_FOR_JAPANESE = 0.05;

export interface Ranked {
  code: string;
  /** Summed evidence, nats (only differences mean anything). */
  score: number;
}

export interface Decision {
  code: string;
  confidence: number;
  script: Script;
  ranked: Ranked[];
}

const FW_INDEX: ReadonlyMap<string, number> = new Map(FW_LANGS.map((l, i) => [l, i]));

export const UNDETERMINED: Decision = { code: "und", confidence: 0, script: "other", ranked: [] };

/** Candidates of a script, plus any language eld proposed that no script list names. */
function candidatesFor(script: Script, eld: EldScores | null): string[] {
  const listed = SCRIPT_CANDIDATES[script] ?? [];
  const out = [...listed];
  if (eld?.top && !out.includes(eld.top) && listed.length === 0) out.push(eld.top);
  return out;
}

/** Lead (nats) of the cheap evidence at which a Cyrillic text needs no eld: every Cyrillic candidate has a letter model and function words. */
export const CYRILLIC_DECISIVE_NATS = 30;
/** Lead (nats) at which a Latin text needs no eld: every Latin candidate has function words, but close pairs share many. */
export const LATIN_DECISIVE_NATS = 60;

/**
 * True when the evidence alone settles the answer, so eld adds nothing: too few letters, a script of one language,
 * or Cyrillic/Latin text whose cheap evidence already leads by CYRILLIC_DECISIVE_NATS / LATIN_DECISIVE_NATS
 * (every candidate of both scripts has a function-word list, so a long lead is not an artefact of missing lists).
 */
export function settledWithoutEld(ev: Evidence): boolean {
  if (ev.letters < MIN_LETTERS || ev.distinctLetters < MIN_DISTINCT_LETTERS) return true;
  const script = SCRIPTS[dominantScript(ev)];
  if (singleScriptLanguage(ev, script) !== undefined || (SCRIPT_CANDIDATES[script] ?? []).length === 0) return true;
  const decisive = script === "cyrillic" ? CYRILLIC_DECISIVE_NATS : script === "latin" ? LATIN_DECISIVE_NATS : undefined;
  if (decisive === undefined) return false;
  const ranked = decide(ev, null).ranked;
  return ranked.length > 1 && ranked[0].score - ranked[1].score >= decisive;
}

/**
 * The language a text's evidence points to. `eld` is null when it was not run (cheap decision);
 * `among` restricts the candidates (the paragraph check weighs only a few rivals).
 */
export function decide(ev: Evidence, eld: EldScores | null, hint?: string, among?: readonly string[]): Decision {
  if (ev.letters < MIN_LETTERS || ev.distinctLetters < MIN_DISTINCT_LETTERS) return UNDETERMINED;
  const script = SCRIPTS[dominantScript(ev)];
  const letterTrust = 1 - Math.exp(-ev.letters / CONFIDENCE_LETTERS);
  const only = singleScriptLanguage(ev, script);
  if (only) return { code: only, confidence: letterTrust, script, ranked: [{ code: only, score: 0 }] };
  const candidates = among ? among.filter((c) => candidatesFor(script, eld).includes(c)) : candidatesFor(script, eld);
  if (candidates.length === 0) return { ...UNDETERMINED, script };
  const ranked = candidates.map((code) => ({ code, score: scoreOf(code, script, ev, eld, hint) }));
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0].score;
  let z = 0;
  for (const r of ranked) z += Math.exp((r.score - best) / CONFIDENCE_TEMPERATURE);
  return { code: ranked[0].code, confidence: letterTrust / z, script, ranked };
}

function singleScriptLanguage(ev: Evidence, script: Script): string | undefined {
  if (script === "han") {
    const kana = ev.scripts[SCRIPT_INDEX.kana];
    return kana / (kana + ev.scripts[SCRIPT_INDEX.han]) >= KANA_SHARE_FOR_JAPANESE ? "ja" : undefined;
  }
  return SCRIPT_LANGUAGE[script];
}

function scoreOf(code: string, script: Script, ev: Evidence, eld: EldScores | null, hint?: string): number {
  let s = 0;
  if (script === "cyrillic") s += LETTER_MODEL_WEIGHT * cyrillicLogLikelihood(code, ev);
  if (script === "latin") s -= foreignLetterNats(code, ev);
  const fw = FW_INDEX.get(code) ?? -1;
  if (fw >= 0) s += FUNCTION_WORD_NATS * ev.functionWords[fw];
  if (eld) s += Math.max(-ELD_MAX_NATS, ELD_NATS_PER_POINT * eldPoints(code, eld));
  if (hint === code) s += HINT_PRIOR_NATS;
  return s;
}

/**
 * A paragraph's most likely rivals to `code` from the cheap evidence alone: the language with most function-word
 * hits and, in Cyrillic, the best letter model. Cheap enough to run on every paragraph.
 */
export function cheapRivals(ev: Evidence, code: string): string[] {
  const rivals = new Set<string>([code]);
  let bestFw = -1;
  for (let i = 0; i < ev.functionWords.length; i++) if (bestFw < 0 || ev.functionWords[i] > ev.functionWords[bestFw]) bestFw = i;
  if (bestFw >= 0 && ev.functionWords[bestFw] > 0) rivals.add(FW_LANGS[bestFw]);
  if (SCRIPTS[dominantScript(ev)] === "cyrillic") {
    let best = "";
    let bestLl = Number.NEGATIVE_INFINITY;
    for (const lang of Object.keys(CYRILLIC_LOG_PROBS)) {
      const ll = cyrillicLogLikelihood(lang, ev);
      if (ll > bestLl) {
        bestLl = ll;
        best = lang;
      }
    }
    if (best) rivals.add(best);
  }
  return [...rivals];
}

function cyrillicLogLikelihood(code: string, ev: Evidence): number {
  const logp = CYRILLIC_LOG_PROBS[code];
  if (!logp) return 0;
  let ll = 0;
  for (let i = 0; i < logp.length; i++) if (ev.cyrillic[i] > 0) ll += ev.cyrillic[i] * logp[i];
  return ll;
}

function foreignLetterNats(code: string, ev: Evidence): number {
  const own = LATIN_EXTRA_LETTERS[code];
  if (own === undefined) return 0;
  let nats = 0;
  // forEach, not for-of: the entry arrays of a Map's iterator were a tenth of language detection's garbage.
  ev.latinMarks.forEach((n, c) => {
    if (!own.includes(c)) nats += FOREIGN_LETTER_NATS * Math.min(n, FOREIGN_LETTER_CAP);
  });
  return Math.min(nats, FOREIGN_LETTERS_MAX_NATS);
}

/** eld's summed score for a language, relative to eld's best; proxies for languages eld lacks; eld's floor when it gave none. */
function eldPoints(code: string, eld: EldScores): number {
  if (eld.raw.size === 0) return 0;
  let best = 0;
  let floor = Number.POSITIVE_INFINITY;
  for (const v of eld.raw.values()) {
    if (v > best) best = v;
    if (v < floor) floor = v;
  }
  const own = eld.raw.get(code);
  if (own !== undefined) return own - best;
  if (!ELD_LANGS.has(code)) {
    let proxy = floor;
    for (const p of ELD_PROXIES[code] ?? []) proxy = Math.max(proxy, eld.raw.get(p) ?? floor);
    return proxy - best - ELD_PROXY_PENALTY_NATS / ELD_NATS_PER_POINT;
  }
  return floor - best;
}
