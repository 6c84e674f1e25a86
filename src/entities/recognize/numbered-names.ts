// Names with a number. Opening it ("24 Канал", "5 Kanal", "1+1"), common for media outlets: a
// one-word name found right after a short number takes the number into the span and is read as an
// organization (the model alone finds "Канал" and reads it as a place). Closing it, as versions and
// sequels do ("Nord Stream 2", "Северен поток - 2"): the number joins the name where the document
// writes it after that name more than once.

import type { RecognizedSpan } from "./recognize.ts";
import { nameStem } from "./stem.ts";
import { opensWithCapital, type RecToken } from "./tokenize.ts";

/** Longest number that opens a name (digits); longer ones are years or counts ("2022 Ukraine"). */
export const MAX_NAME_NUMBER_DIGITS = 3;

/** A short number, or two joined by a plus sign ("1+1"), as one or three tokens ending at token `end - 1`. */
function numberTokensBefore(tokens: readonly RecToken[], at: number): number {
  const isShortNumber = (t: RecToken | undefined) =>
    t !== undefined && t.surface.length <= MAX_NAME_NUMBER_DIGITS && /^\p{Nd}+$/u.test(t.surface);
  const last = tokens[at - 1];
  if (!isShortNumber(last)) return 0;
  const plus = tokens[at - 2];
  const first = tokens[at - 3];
  if (plus?.surface === "+" && plus.start === first?.end && plus.end === last?.start && isShortNumber(first)) return 3;
  return inNumberRun(tokens, at - 1) ? 0 : 1;
}

/**
 * Whether number token `i` is the tail of a longer number ("1,086", "12.5") or follows another number:
 * a table flattened into text ("Ljubljana 181 5601 1,086 Kranj 68 1647"), whose last figure is a count,
 * not the opening of "Kranj"'s name.
 */
function inNumberRun(tokens: readonly RecToken[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined) return false;
  if (/^\p{Nd}/u.test(before.surface)) return true;
  const beforeThat = tokens[i - 2];
  return (
    /^[.,:/]$/.test(before.surface) &&
    before.end === tokens[i]?.start &&
    /\p{Nd}$/u.test(beforeThat?.surface ?? "") &&
    beforeThat?.end === before.start
  );
}

/** The one-word span is a name word that opens with a capital letter (not a person: "3 Путіна" is a count). */
function isNumberedNameCandidate(span: RecognizedSpan): boolean {
  if (span.tokenEnd - span.tokenStart !== 1 || span.type === "PER") return false;
  return opensWithCapital(span.surface);
}

/** Spans with the short number right before them (one space, same sentence) taken in, as ORG (PRO stays PRO). */
export function joinNumberedNames(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  const taken = new Set<number>();
  for (const s of spans) for (let i = s.tokenStart; i < s.tokenEnd; i++) taken.add(i);
  return spans.map((s) => {
    if (!isNumberedNameCandidate(s) || tokens[s.tokenStart]?.sentenceStart) return s;
    const n = numberTokensBefore(tokens, s.tokenStart);
    if (n === 0) return s;
    const from = s.tokenStart - n;
    const number = tokens[from];
    const gap = text.slice(tokens[s.tokenStart - 1]?.end ?? 0, s.start);
    if (!number || gap !== " " || taken.has(s.tokenStart - 1)) return s;
    for (let i = from + 1; i <= s.tokenStart; i++) if (tokens[i]?.sentenceStart) return s;
    const type = s.type === "PRO" ? "PRO" : "ORG";
    return { ...s, start: number.start, surface: text.slice(number.start, s.end), type, tokenStart: from };
  });
}

/**
 * Fewest times a document must write a name with the same one-digit number after it for the number to
 * belong to the name. Names of versions and sequels ("Nord Stream 2", "Северен поток - 2", "Formula 1")
 * recur with their number; a count after a place ("w Londynie 8 osób") does not. On the held-out topics,
 * joining every such number fixed 404 mentions and broke 88; asking for two in the document, 335 and 2.
 */
export const VERSION_NUMBER_MIN_REPEATS = 2;

const DASHES = new Set(["-", "–", "—"]);

/** The last token (index) of a one-digit number after token `at - 1`, through an optional dash, on the same line; -1 if none. */
function versionNumberAfter(text: string, tokens: readonly RecToken[], at: number): number {
  let k = at;
  if (DASHES.has(tokens[k]?.surface ?? "")) k++;
  const digit = tokens[k];
  if (digit === undefined || !/^\p{Nd}$/u.test(digit.surface)) return -1;
  for (let i = at; i <= k; i++) {
    const t = tokens[i] as RecToken;
    if (t.sentenceStart || !/^[ \t]*$/.test(text.slice(tokens[i - 1]?.end ?? t.start, t.start))) return -1;
  }
  // Not a longer number written with separators ("2,5", "2:0", "2/3", "2.5").
  const next = text[digit.end] ?? "";
  if (/[\p{Nd},:/]/u.test(next) || (next === "." && /\S/.test(text[digit.end + 1] ?? ""))) return -1;
  return k;
}

/** A name with its number, spelled loosely enough that its inflected forms match ("Северного потока 2", "Северный поток 2"). */
function versionKey(text: string, tokens: readonly RecToken[], span: RecognizedSpan, digit: RecToken): string {
  const words: string[] = [];
  for (let i = span.tokenStart; i < span.tokenEnd; i++) words.push(wordKey(tokens[i]?.surface ?? ""));
  return `${words.join(" ")}#${text.slice(digit.start, digit.end)}`;
}

/** Names followed by a one-digit number from which a document reads as a table of counts. */
const MAX_NUMBERED_NAMES = 3;

/**
 * Spans followed by a one-digit number that the document writes after the name at least twice take the
 * number in; a name of two words or more takes it after one writing, outside tables.
 */
export function joinVersionNumbers(text: string, tokens: readonly RecToken[], spans: RecognizedSpan[]): RecognizedSpan[] {
  const taken = new Set<number>();
  for (const s of spans) for (let i = s.tokenStart; i < s.tokenEnd; i++) taken.add(i);
  const found: { index: number; last: number; key: string }[] = [];
  for (const [index, s] of spans.entries()) {
    if (s.type === "PER" || s.tokenStart < 0) continue;
    const last = versionNumberAfter(text, tokens, s.tokenEnd);
    if (last < 0 || taken.has(last) || taken.has(s.tokenEnd)) continue;
    found.push({ index, last, key: versionKey(text, tokens, s, tokens[last] as RecToken) });
  }
  if (found.length === 0) return spans;
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  // A name of two words or more takes a number written once after it ("Severni tok 2"), unless several
  // names are numbered so: then the numbers are a table's counts ("Kranjska Gora 4 Nova Gorica 2").
  const table = counts.size >= MAX_NUMBERED_NAMES;
  const out = spans.slice();
  for (const f of found) {
    const s = out[f.index] as RecognizedSpan;
    const needed = s.tokenEnd - s.tokenStart >= 2 && !table ? 1 : VERSION_NUMBER_MIN_REPEATS;
    if ((counts.get(f.key) ?? 0) < needed) continue;
    const end = (tokens[f.last] as RecToken).end;
    out[f.index] = { ...s, end, surface: text.slice(s.start, end), tokenEnd: f.last + 1 };
  }
  return out;
}

/** Place-typed spans that end in a one-digit number are products (see endsInVersionNumber). */
export function retypeNumberedPlaces(spans: RecognizedSpan[]): RecognizedSpan[] {
  const numbered = new Set<string>();
  for (const s of spans) if (endsInVersionNumber(s.surface)) numbered.add(namePartKey(s.surface));
  if (numbered.size === 0) return spans;
  // The name written without its number is that product too ("Severni tok" beside "Severni tok 2").
  return spans.map((s) => (s.type === "LOC" && numbered.has(namePartKey(s.surface)) ? { ...s, type: "PRO", source: "rule" } : s));
}

/** The keys of a name's words without a closing number: one for "Severnega toka" and "Severni tok 2". */
function namePartKey(surface: string): string {
  return (surface.match(/\p{L}+/gu) ?? []).map(wordKey).join(" ");
}

/** A word's stem cut to five letters, so that adjectives' longer endings fall away too ("Severnega", "Severni"). */
function wordKey(word: string): string {
  return nameStem(word).slice(0, 5);
}

/**
 * Whether a name ends in a one-digit number ("Северный поток-2", "Formula 1"). Such names are products,
 * organizations or events, almost never places: of the SlavicNER names so written, 8 in 2,931 are places
 * (hospitals by number), so a place-typed one is read as a product ("Северен поток 2", which the model,
 * new to it, reads as a river).
 */
function endsInVersionNumber(surface: string): boolean {
  return /[^\p{Nd}\s.,:/-][ \t]*[-–—]?[ \t]*\p{Nd}$/u.test(surface);
}
