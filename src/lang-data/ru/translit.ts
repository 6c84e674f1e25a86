// Russian romanization: BGN/PCGN 1947, simplified as in common press use (ъ and ь dropped), as data.

import { CYRILLIC_COMMON_LETTERS } from "../shared/cyrillic-translit.ts";
import type { TranslitTable } from "../shared/translit-table.ts";

export const TRANSLIT: TranslitTable = {
  system: "Russian BGN/PCGN 1947 (simplified: hard and soft signs dropped)",
  letters: {
    ...CYRILLIC_COMMON_LETTERS,
    г: "g",
    е: "e",
    ё: "ë",
    ж: "zh",
    и: "i",
    й: "y",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "",
    ы: "y",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
    // Ukrainian and Belarusian letters seen in Russian text.
    і: "i",
    ї: "yi",
    є: "ye",
    ґ: "g",
    ў: "w",
  },
  initial: { е: "ye", ё: "yë" },
  afterSoftener: { е: "ye", ё: "yë" },
  softeners: "аеёиоуыэюяйъь",
};
