// Belarusian romanization: BGN/PCGN 1979 (ASCII, the one the international press uses), as data.

import { CYRILLIC_COMMON_LETTERS } from "../shared/cyrillic-translit.ts";
import type { TranslitTable } from "../shared/translit-table.ts";

export const TRANSLIT: TranslitTable = {
  system: "Belarusian BGN/PCGN 1979 (soft sign and apostrophe dropped)",
  letters: {
    ...CYRILLIC_COMMON_LETTERS,
    г: "h",
    ґ: "g",
    е: "ye",
    ё: "yo",
    ж: "zh",
    і: "i",
    й: "y",
    ў: "w",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    ы: "y",
    ь: "",
    э: "e",
    ю: "yu",
    я: "ya",
    "'": "",
    "’": "",
    ʼ: "",
    // Letters not Belarusian but seen in Belarusian text.
    и: "i",
    щ: "shch",
    ъ: "",
    ї: "yi",
    є: "ye",
  },
  // Belarusian writes the soft т and д of its neighbours as ц and дз (Пуцін, Уладзімір; Путин, Владимир):
  // the matching key spells them t and d before a softening letter, so the names meet across languages.
  keySequences: {
    ці: "ti",
    це: "te",
    цё: "tyo",
    ця: "tya",
    цю: "tyu",
    ць: "t",
    дзі: "di",
    дзе: "de",
    дзё: "dyo",
    дзя: "dya",
    дзю: "dyu",
    дзь: "d",
  },
  // BGN/PCGN writes е as "ye" everywhere (Гомель → Homyel); the hard vowel is э (Лукашэнка → Lukashenka).
};
