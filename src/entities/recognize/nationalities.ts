// English capitalizes the words for a country's people and things ("Moldovan traders", "the
// Ukrainians", "a Balkan route"), which are no names under the guidelines (CoNLL's MISC). The model,
// new to one, reads it as a surname or a place, and the linker then finds it one ("Balkan", a province
// of Turkmenistan). A span that is only such a word (lang-data/en/demonyms.ts) is MISC, which the stage
// does not emit; and a prefix glued to a name by a hyphen is no name of its own ("Trans" of "Trans-Balkan").

import { ENGLISH_DEMONYMS } from "../../lang-data/en/demonyms.ts";
import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

const DEMONYMS: ReadonlySet<string> = new Set(ENGLISH_DEMONYMS);
/** Prefixes written before a name with a hyphen ("Trans-Balkan", "Pan-African", "Anti-Brexit"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(["trans", "pan", "anti", "pro", "post", "pre", "non", "inter", "sub", "ex"]);

/** Whether `surface` (lowercase) is a listed demonym or its plural. */
export function isEnglishDemonym(surface: string): boolean {
  if (DEMONYMS.has(surface)) return true;
  if (surface.endsWith("men") && DEMONYMS.has(`${surface.slice(0, -3)}man`)) return true;
  return surface.endsWith("s") && DEMONYMS.has(surface.slice(0, -1));
}

/** In English text, spans that are a demonym become MISC; a hyphen prefix alone is dropped. */
export function retypeNationalities<S extends RecognizedSpan>(tokens: readonly RecToken[], spans: S[], english: boolean): S[] {
  if (!english) return spans;
  const out: S[] = [];
  for (const s of spans) {
    const lower = s.surface.toLowerCase();
    const next = tokens[s.tokenEnd];
    if (s.tokenEnd === s.tokenStart + 1 && HYPHEN_PREFIXES.has(lower) && next?.surface === "-" && next.start === s.end) continue;
    out.push(s.type !== "MISC" && isEnglishDemonym(lower) ? { ...s, type: "MISC", source: "rule" } : s);
  }
  return out;
}
