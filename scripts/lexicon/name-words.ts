// The hand-written name-word translations of src/lang-data/<xx>/name-words.ts, keyed by word key
// like the learned ones (scripts/lexicon/word-translations.ts), which they override.

import { NAME_WORDS as BG } from "../../src/lang-data/bg/name-words.ts";
import { NAME_WORDS as CS } from "../../src/lang-data/cs/name-words.ts";
import { NAME_WORDS as PL } from "../../src/lang-data/pl/name-words.ts";
import { NAME_WORDS as RU } from "../../src/lang-data/ru/name-words.ts";
import { NAME_WORDS as SL } from "../../src/lang-data/sl/name-words.ts";
import { NAME_WORDS as UK } from "../../src/lang-data/uk/name-words.ts";
import { wordKey } from "../../src/text/key.ts";

const BY_LANG: Readonly<Record<string, Readonly<Record<string, string>>>> = { bg: BG, cs: CS, pl: PL, ru: RU, sl: SL, uk: UK };

/** Word key → English word, over every language with a list. */
export function handNameWords(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, words] of Object.entries(BY_LANG)) {
    for (const [word, english] of Object.entries(words)) {
      const k = wordKey(word, lang);
      if (k !== "" && k !== wordKey(english)) out[k] = english;
    }
  }
  return out;
}
