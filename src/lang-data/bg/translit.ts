// Bulgarian romanization: the Streamlined System (Transliteration Act of 2009), as data.

import { CYRILLIC_COMMON_LETTERS } from "../shared/cyrillic-translit.ts";
import type { TranslitTable } from "../shared/translit-table.ts";

export const TRANSLIT: TranslitTable = {
  system: "Bulgarian Streamlined System (2009 Transliteration Act)",
  letters: {
    ...CYRILLIC_COMMON_LETTERS,
    г: "g",
    е: "e",
    ж: "zh",
    и: "i",
    й: "y",
    х: "h",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "sht",
    ъ: "a",
    ь: "y",
    ю: "yu",
    я: "ya",
    // Letters of other Cyrillic alphabets seen in Bulgarian text (names, quotes).
    ы: "y",
    э: "e",
    ё: "yo",
    і: "i",
    ї: "yi",
    є: "ye",
  },
  // The Act's one exception: "ия" at the end of a word is "ia" (София → Sofia).
  final: { ия: "ia" },
  keyLetters: { щ: "shch" },
};
