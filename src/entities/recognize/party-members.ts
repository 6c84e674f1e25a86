// Members of political parties named in lowercase plurals ("консерваторите", "labouristů", "torysów",
// "республиканцев"): the guidelines annotate them as people, but the model rarely finds a lowercase
// name whose party it has not seen in training. The forms are language data
// (lang-data/shared/party-members.ts); a lowercase token that is one of them, outside any span and not
// part of a hyphenated word, is added as PER.

import { PARTY_MEMBER_PARADIGMS } from "../../lang-data/shared/party-members.ts";
import { addLowercasePeople } from "./demonyms.ts";
import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/** Confidence of an added party member: below the model's own confident spans, as a derived demonym. */
export const PARTY_MEMBER_SCORE = 0.6;

const formsByLang = new Map<string, ReadonlySet<string>>();

/** The plural forms of `lang` (built once per language from the paradigms). */
export function partyMemberForms(lang: string): ReadonlySet<string> | undefined {
  let forms = formsByLang.get(lang);
  if (forms === undefined) {
    const paradigms = PARTY_MEMBER_PARADIGMS[lang];
    if (paradigms === undefined) return undefined;
    forms = new Set(paradigms.flatMap(([stem, endings]) => endings.map((e) => stem + e)));
    formsByLang.set(lang, forms);
  }
  return forms;
}

const isHyphen = (c: string | undefined) => c === "-" || c === "‐" || c === "‑";

/** Add the lowercase party-member plurals the model left out, as PER spans. */
export function addPartyMembers(
  text: string,
  tokens: readonly RecToken[],
  caps: Uint8Array,
  spans: RecognizedSpan[],
  lang: string,
): RecognizedSpan[] {
  const forms = partyMemberForms(lang);
  if (forms === undefined) return spans;
  const isPerson = (t: RecToken) => forms.has(t.surface) && !isHyphen(text[t.start - 1]) && !isHyphen(text[t.end]);
  return addLowercasePeople(tokens, caps, spans, isPerson, PARTY_MEMBER_SCORE);
}
