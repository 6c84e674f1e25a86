// Cyrillic text mis-decoded as Latin-1 ("Ðåöåíçèÿ" for "Рецензия"): recognised and read back for language identification.

import iconv from "iconv-lite";

/** Share of letters in U+00C0–U+00FF above which a text with no Cyrillic is taken for cp1251 read as Latin-1. */
export const MOJIBAKE_MIN_SHARE = 0.5;
/** Fewest such letters before we consider it. */
export const MOJIBAKE_MIN_LETTERS = 20;
/** Share of characters above U+00FF (typographic quotes, dashes) a mojibake text may still hold. */
export const MOJIBAKE_MAX_WIDE_SHARE = 0.01;
/** Characters examined. */
const MOJIBAKE_SAMPLE_CHARS = 2000;

/** True when `text` looks like windows-1251 bytes shown as Latin-1: mostly À–ÿ, nothing above U+00FF. */
export function looksLikeCp1251Mojibake(text: string): boolean {
  const sample = text.length > MOJIBAKE_SAMPLE_CHARS ? text.slice(0, MOJIBAKE_SAMPLE_CHARS) : text;
  let high = 0;
  let ascii = 0;
  let wide = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c > 0xff) wide++;
    else if (c >= 0xc0) high++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ascii++;
  }
  if (wide > MOJIBAKE_MAX_WIDE_SHARE * sample.length) return false;
  return high >= MOJIBAKE_MIN_LETTERS && high / (high + ascii) >= MOJIBAKE_MIN_SHARE;
}

/** The text read back as windows-1251, characters above U+00FF kept (same length: one byte, one character). */
export function readBackCp1251(text: string): string {
  return text.replace(/[\u0080-\u00ff]+/g, (run) => iconv.decode(Buffer.from(run, "latin1"), "win1251"));
}
