// Serbian romanization: the official Latin alphabet (Gaj's, one letter per Cyrillic letter), as data.

import { CYRILLIC_COMMON_LETTERS } from "../shared/cyrillic-translit.ts";
import type { TranslitTable } from "../shared/translit-table.ts";

export const TRANSLIT: TranslitTable = {
  system: "Serbian Latin alphabet (Gaj)",
  letters: {
    ...CYRILLIC_COMMON_LETTERS,
    г: "g",
    ђ: "đ",
    е: "e",
    ж: "ž",
    и: "i",
    ј: "j",
    љ: "lj",
    њ: "nj",
    ћ: "ć",
    х: "h",
    ц: "c",
    ч: "č",
    џ: "dž",
    ш: "š",
    // Letters of other Cyrillic alphabets seen in Serbian text (Russian names in quotes).
    й: "j",
    я: "ja",
    ю: "ju",
    ё: "jo",
    ы: "y",
    э: "e",
    ь: "",
    ъ: "",
    щ: "šč",
    і: "i",
    є: "je",
    ї: "ji",
  },
  // The key spells the diacritic letters as ASCII digraphs so that they meet Russian and Ukrainian romanizations.
  keyLetters: { ц: "ts", ч: "ch", ћ: "ch", ж: "zh", ш: "sh", џ: "dzh", ђ: "dzh" },
};
