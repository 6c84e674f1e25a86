// Macedonian romanization: the official system of 2008 (ASCII digraphs), as data.

import { CYRILLIC_COMMON_LETTERS } from "../shared/cyrillic-translit.ts";
import type { TranslitTable } from "../shared/translit-table.ts";

export const TRANSLIT: TranslitTable = {
  system: "Macedonian official romanization (2008)",
  letters: {
    ...CYRILLIC_COMMON_LETTERS,
    г: "g",
    ѓ: "gj",
    е: "e",
    ж: "zh",
    ѕ: "dz",
    и: "i",
    ј: "j",
    љ: "lj",
    њ: "nj",
    ќ: "kj",
    х: "h",
    ц: "c",
    ч: "ch",
    џ: "dj",
    ш: "sh",
    // Letters of other Cyrillic alphabets seen in Macedonian text.
    й: "j",
    я: "ja",
    ю: "ju",
    ё: "jo",
    ы: "y",
    э: "e",
    ь: "",
    ъ: "",
    щ: "shch",
    ђ: "gj",
    ћ: "kj",
    і: "i",
  },
  keyLetters: { ц: "ts", џ: "dzh", ѓ: "dj", ќ: "ch" },
};
