// Learns translations of the common words in names (канал → channel, союз → union) from lexicon
// entities whose English name and an alias differ by exactly one word once transliterated
// words are paired off. Keys are word keys, so one entry serves every Cyrillic or Latin spelling.

import type { LexiconEntity } from "../../src/entities/link/lexicon.ts";
import { splitPieces } from "../../src/entities/link/name-pieces.ts";
import { wordKey } from "../../src/text/key.ts";

/** A translation needs at least this many entities voting for it… */
export const MIN_TRANSLATION_VOTES = 2;
/** …and this share of the source word's votes. */
export const MIN_TRANSLATION_SHARE = 0.6;

/** An entity from SlavicNER (its id was made from the cross-lingual id). */
export function isAnnotatedEntity(e: LexiconEntity): boolean {
  return /^cn:(per|org|loc|gpe|evt|pro)-/u.test(e.id);
}

export function learnWordTranslations(entities: readonly LexiconEntity[]): Record<string, string> {
  // Only entities whose English name was written by an annotator, not a gazetteer romanization.
  const annotated = entities.filter((e) => isAnnotatedEntity(e));
  const votes = new Map<string, Map<string, Set<string>>>();
  for (const e of annotated) {
    if (e.type === "PER") continue;
    const english = splitPieces(e.name).pieces.map((w) => w.toLowerCase());
    if (english.length === 0) continue;
    for (const [lang, aliases] of Object.entries(e.aliases)) {
      if (lang === "en" || lang === "*") continue;
      for (const [alias] of aliases) {
        const words = splitPieces(alias).pieces.map((w) => w.toLowerCase());
        const en = english.map((w) => ({ w, k: wordKey(w) }));
        const rest = words.filter((w) => {
          const k = wordKey(w, lang);
          const i = en.findIndex((x) => x.k === k);
          if (i < 0) return true;
          en.splice(i, 1);
          return false;
        });
        if (rest.length !== 1 || en.length !== 1) continue;
        const source = wordKey(rest[0], lang);
        if (source.length < 2 || /\d/u.test(source)) continue;
        let m = votes.get(source);
        if (!m) {
          m = new Map();
          votes.set(source, m);
        }
        let ids = m.get(en[0].w);
        if (!ids) {
          ids = new Set();
          m.set(en[0].w, ids);
        }
        ids.add(e.id);
      }
    }
  }
  const out: Record<string, string> = {};
  for (const source of [...votes.keys()].sort()) {
    const m = votes.get(source)!;
    let total = 0;
    let best = "";
    let n = 0;
    for (const [w, ids] of m) {
      total += ids.size;
      if (ids.size > n || (ids.size === n && w < best)) [best, n] = [w, ids.size];
    }
    if (n >= MIN_TRANSLATION_VOTES && n / total >= MIN_TRANSLATION_SHARE && wordKey(best) !== source) out[source] = best;
  }
  return out;
}
