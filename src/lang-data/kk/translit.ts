// Kazakh romanization: BGN/PCGN 1979 style ASCII (as in the international press: Токаев → Tokayev), as data.

import { CYRILLIC_COMMON_LETTERS } from "../shared/cyrillic-translit.ts";
import type { TranslitTable } from "../shared/translit-table.ts";

export const TRANSLIT: TranslitTable = {
  system: "Kazakh BGN/PCGN 1979 (ASCII; hard and soft signs dropped)",
  letters: {
    ...CYRILLIC_COMMON_LETTERS,
    ә: "ä",
    г: "g",
    ғ: "gh",
    е: "e",
    ё: "yo",
    ж: "zh",
    и: "i",
    й: "y",
    қ: "q",
    ң: "ng",
    ө: "ö",
    ұ: "u",
    ү: "ü",
    х: "kh",
    һ: "h",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "",
    ы: "y",
    і: "i",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
  },
  initial: { е: "ye" },
  // The key reads қ as k, so that Тоқаев meets Tokayev.
  keyLetters: { қ: "k" },
};
