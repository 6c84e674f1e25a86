// Normalization for matching (feeds Token.norm and Token.key; the text itself is never rewritten):
// NFC, quotes/dashes/apostrophes unified, Latin/Cyrillic look-alikes repaired, lowercase, ё → е.

import { APOSTROPHE_CHARS, DASH_CHARS, QUOTE_CHARS } from "../lang-data/shared/punctuation.ts";
import { repairMixedScript } from "./script-mix.ts";

const UNIFY: ReadonlyMap<string, string> = new Map([
  ...Array.from(QUOTE_CHARS, (c) => [c, '"'] as const),
  ...Array.from(DASH_CHARS, (c) => [c, "-"] as const),
  ...Array.from(APOSTROPHE_CHARS, (c) => [c, "'"] as const),
]);
const UNIFY_RE = new RegExp(`[${escapeClass(QUOTE_CHARS + DASH_CHARS + APOSTROPHE_CHARS)}]`, "gu");

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, (c) => `\\${c}`);
}

/** Quotes → ", dashes → -, apostrophes → ' (lengths may change only through NFC, never here). */
export function unifyPunctuation(s: string): string {
  return s.replace(UNIFY_RE, (c) => UNIFY.get(c) ?? c);
}

/** ё → е, Ё → Е (Russian texts write both; Belarusian ё is folded too, for matching only). */
export function foldYo(s: string): string {
  return s.replace(/ё/g, "е").replace(/Ё/g, "Е");
}

/** The matching form of one token: NFC, look-alikes repaired, punctuation unified, lowercase, ё → е. */
export function normalizeToken(surface: string): string {
  const nfc = surface.normalize("NFC");
  return foldYo(unifyPunctuation(repairMixedScript(nfc)).toLowerCase());
}

/** The same over running text, word by word (for queries and titles). */
export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\p{L}\p{M}]+/gu, (w) => repairMixedScript(w))
    .replace(UNIFY_RE, (c) => UNIFY.get(c) ?? c)
    .toLowerCase()
    .replace(/ё/g, "е");
}
