// Ukrainian romanization: the national system of 2010 (Cabinet of Ministers resolution 55), as data.

import { CYRILLIC_COMMON_LETTERS } from "../shared/cyrillic-translit.ts";
import type { TranslitTable } from "../shared/translit-table.ts";

export const TRANSLIT: TranslitTable = {
  system: "Ukrainian national 2010 (KMU 55)",
  letters: {
    ...CYRILLIC_COMMON_LETTERS,
    г: "h",
    ґ: "g",
    е: "e",
    є: "ie",
    ж: "zh",
    и: "y",
    і: "i",
    ї: "i",
    й: "i",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ь: "",
    ю: "iu",
    я: "ia",
    "'": "",
    "’": "",
    ʼ: "",
    // Russian letters seen in Ukrainian text (quotes, names): spelled as Ukrainian readers would.
    ё: "io",
    ы: "y",
    э: "e",
    ъ: "",
  },
  initial: { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" },
  sequences: { зг: "zgh" },
};
