// Writing systems by code point, and the languages a script alone tells (Greek → el, Hangul → ko, …).

/** The scripts we tell apart; `other` is not a letter (digits, punctuation, symbols, spaces). */
export const SCRIPTS = [
  "other",
  "latin",
  "cyrillic",
  "greek",
  "armenian",
  "hebrew",
  "arabic",
  "devanagari",
  "bengali",
  "gurmukhi",
  "gujarati",
  "oriya",
  "tamil",
  "telugu",
  "kannada",
  "malayalam",
  "sinhala",
  "thai",
  "lao",
  "georgian",
  "hangul",
  "ethiopic",
  "kana",
  "han",
] as const;

export type Script = (typeof SCRIPTS)[number];

/** Index of each script in SCRIPTS, for counting in typed arrays. */
export const SCRIPT_INDEX: Readonly<Record<Script, number>> = Object.fromEntries(SCRIPTS.map((s, i) => [s, i])) as Record<Script, number>;

/** [first, last, script index] code point ranges, sorted, non-overlapping. Letters only where it matters (Latin, Cyrillic). */
const RANGES: readonly (readonly [number, number, number])[] = [
  [0x41, 0x5a, 1],
  [0x61, 0x7a, 1],
  [0xaa, 0xaa, 1],
  [0xba, 0xba, 1],
  [0xc0, 0xd6, 1],
  [0xd8, 0xf6, 1],
  [0xf8, 0x24f, 1],
  [0x370, 0x3ff, 3],
  [0x400, 0x482, 2],
  [0x48a, 0x52f, 2],
  [0x531, 0x58f, 4],
  [0x5d0, 0x5ea, 5],
  [0x620, 0x64a, 6],
  [0x66e, 0x6d3, 6],
  [0x6fa, 0x6ff, 6],
  [0x750, 0x77f, 6],
  [0x900, 0x97f, 7],
  [0x980, 0x9ff, 8],
  [0xa00, 0xa7f, 9],
  [0xa80, 0xaff, 10],
  [0xb00, 0xb7f, 11],
  [0xb80, 0xbff, 12],
  [0xc00, 0xc7f, 13],
  [0xc80, 0xcff, 14],
  [0xd00, 0xd7f, 15],
  [0xd80, 0xdff, 16],
  [0xe00, 0xe7f, 17],
  [0xe80, 0xeff, 18],
  [0x10a0, 0x10ff, 19],
  [0x1100, 0x11ff, 20],
  [0x1200, 0x137f, 21],
  [0x1c90, 0x1cbf, 19],
  [0x1e00, 0x1eff, 1],
  [0x1f00, 0x1fff, 3],
  [0x3040, 0x30ff, 22],
  [0x3130, 0x318f, 20],
  [0x3400, 0x4dbf, 23],
  [0x4e00, 0x9fff, 23],
  [0xac00, 0xd7af, 20],
  [0xfb50, 0xfdff, 6],
  [0xfe70, 0xfefc, 6],
];

/** Script index of one UTF-16 code unit (astral characters count as `other`). */
export function scriptIndexOf(code: number): number {
  if (code < 0x41) return 0;
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = RANGES[mid];
    if (code < r[0]) hi = mid - 1;
    else if (code > r[1]) lo = mid + 1;
    else return r[2];
  }
  return 0;
}

/** Scripts that, alone, name one language in our set. */
export const SCRIPT_LANGUAGE: Readonly<Partial<Record<Script, string>>> = {
  greek: "el",
  armenian: "hy",
  hebrew: "he",
  bengali: "bn",
  gurmukhi: "pa",
  gujarati: "gu",
  oriya: "or",
  tamil: "ta",
  telugu: "te",
  kannada: "kn",
  malayalam: "ml",
  sinhala: "si",
  thai: "th",
  lao: "lo",
  georgian: "ka",
  hangul: "ko",
  ethiopic: "am",
  kana: "ja",
};

/** Scripts shared by several languages of our set; the detector picks among these by evidence. */
export const SCRIPT_CANDIDATES: Readonly<Partial<Record<Script, readonly string[]>>> = {
  latin: [
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "pl",
    "cs",
    "sk",
    "sl",
    "hr",
    "ro",
    "hu",
    "tr",
    "sv",
    "da",
    "no",
    "fi",
    "et",
    "lv",
    "lt",
    "sq",
    "ca",
    "eu",
    "is",
    "az",
    "ms",
    "tl",
    "vi",
    "yo",
    "ku",
  ],
  cyrillic: ["uk", "ru", "bg", "be", "sr", "mk", "kk"],
  arabic: ["ar", "fa", "ur", "ku"],
  devanagari: ["hi", "mr"],
  han: ["zh", "ja"],
};
