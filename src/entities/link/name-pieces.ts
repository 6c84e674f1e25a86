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

/** Separator of the alternative spellings some gazetteers pack into one field (`Russian Federation|Russia`). */
export const NAME_LIST_SEPARATOR = "|";

/** A piece of a name list fit to show: not an acronym (`UK`, `U.S.`) and no qualifier in brackets or after a comma. */
function isDisplayablePiece(piece: string): boolean {
  return piece !== "" && !/[(),]/u.test(piece) && !isAllCaps(piece.replace(/\./gu, ""));
}

/**
 * One display name from a name that may be a list of alternatives: the shortest displayable one
 * (the common name, `Russia` of `Russian Federation|Russia`), else the first; a plain name as it is.
 */
export function displayName(name: string): string {
  if (!name.includes(NAME_LIST_SEPARATOR)) return name;
  const pieces = name.split(NAME_LIST_SEPARATOR).map((p) => p.trim());
  const fit = pieces.filter(isDisplayablePiece);
  if (fit.length === 0) return pieces.find((p) => p !== "") ?? "";
  return fit.reduce((best, p) => (p.length < best.length ? p : best));
}
