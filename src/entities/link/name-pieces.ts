// Splits an entity name into word pieces and the separators between them, and carries the
// letter case of a surface word over to its rewritten base form.

/** A name as alternating separators and word pieces: `seps[0] pieces[0] seps[1] … pieces[n-1] seps[n]`. */
export interface NamePieces {
  pieces: string[];
  seps: string[];
}

/** Letters, marks and digits, with apostrophes inside a word (Ukrainian `Пов'язані`, English `O'Brien`). */
const PIECE_RE = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;

export function splitPieces(name: string): NamePieces {
  const pieces: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of name.matchAll(PIECE_RE)) {
    seps.push(name.slice(last, m.index));
    pieces.push(m[0]);
    last = m.index + m[0].length;
  }
  seps.push(name.slice(last));
  return { pieces, seps };
}

export function joinPieces(parts: NamePieces): string {
  let out = parts.seps[0] ?? "";
  for (let i = 0; i < parts.pieces.length; i++) out += parts.pieces[i] + (parts.seps[i + 1] ?? "");
  return out;
}

/** A word written in capitals only, at least two letters (`ЕС`, `NATO`). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * `lemma` (lowercase) written in the case pattern of `surface`: all caps stays all caps, a capital
 * first letter stays capital, and the letters both share keep the surface's case (`McCain`).
 */
export function restoreCase(surface: string, lemma: string): string {
  if (isAllCaps(surface)) return lemma.toUpperCase();
  let out = "";
  for (let i = 0; i < lemma.length; i++) {
    const s = surface[i];
    const l = lemma[i];
    out += s !== undefined && s.toLowerCase() === l && s !== l ? s : l;
  }
  return out;
}
