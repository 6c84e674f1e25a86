// Base forms of entity mentions in their own language: the whole name if it is a known form,
// else each word rewritten by the longest matching suffix rule (language, type, position in the name).

import type { EntityType } from "../../model/doc.ts";
import { formKey, type LemmaModelData, piecePosition, tableKeys } from "./lemma-model.ts";
import { isAllCaps, joinPieces, restoreCase, splitPieces } from "./name-pieces.ts";
import { applyRule, type RuleEntry, RuleTable } from "./suffix-rules.ts";

/** A context this much longer in a more general table wins over the specific table's match. */
export const BACKOFF_MARGIN_CHARS = 3;

/** Word endings seen fewer times than this are not trusted (whole-word exceptions always are). */
export const MIN_RULE_VOTES = 2;

export class Lemmatizer {
  readonly #tables = new Map<string, RuleTable>();
  readonly #forms = new Map<string, Map<string, string>>();

  constructor(data: LemmaModelData) {
    for (const [key, table] of Object.entries(data.tables)) this.#tables.set(key, new RuleTable(table));
    for (const [lang, forms] of Object.entries(data.forms)) this.#forms.set(lang, new Map(Object.entries(forms)));
  }

  /** Languages the model has rules for. */
  get languages(): string[] {
    return [...this.#tables.keys()].filter((k) => !k.includes("|"));
  }

  lemmatize(surface: string, type: EntityType, lang: string): string {
    const text = surface.normalize("NFC");
    const known = this.#forms.get(lang)?.get(formKey(type, text));
    if (known !== undefined) return known;
    const parts = splitPieces(text);
    const n = parts.pieces.length;
    if (n === 0) return text.trim();
    const pieces = parts.pieces.map((piece, i) => {
      const word = piece.toLowerCase();
      // Abbreviations (ЕС, НАТО) are written the same in every case.
      if (isAllCaps(piece)) return piece;
      const entry = this.#rule(word, tableKeys(lang, type, piecePosition(i, n)));
      return entry ? restoreCase(piece, applyRule(word, entry)) : piece;
    });
    return joinPieces({ pieces, seps: parts.seps }).trim();
  }

  /** The decision of the most specific table, unless a more general one knows a clearly longer ending. */
  #rule(word: string, keys: string[]): RuleEntry | undefined {
    let best: { entry: RuleEntry; length: number } | undefined;
    for (const key of keys) {
      const m = this.#tables.get(key)?.match(word, MIN_RULE_VOTES);
      if (!m) continue;
      if (!best || m.length >= best.length + BACKOFF_MARGIN_CHARS) best = m;
    }
    return best?.entry;
  }
}
