// The writing system of a name (ISO 15924), so entity aliases can be listed by language and script.

/** Scripts told apart, by the Unicode property escape that recognizes their letters. */
const SCRIPTS: readonly { code: string; letter: RegExp }[] = [
  { code: "Cyrl", letter: /\p{Script=Cyrillic}/u },
  { code: "Latn", letter: /\p{Script=Latin}/u },
  { code: "Grek", letter: /\p{Script=Greek}/u },
  { code: "Arab", letter: /\p{Script=Arabic}/u },
  { code: "Hebr", letter: /\p{Script=Hebrew}/u },
  { code: "Geor", letter: /\p{Script=Georgian}/u },
  { code: "Armn", letter: /\p{Script=Armenian}/u },
  { code: "Hani", letter: /\p{Script=Han}/u },
];

const LETTER = /\p{L}/gu;

/** The script most of the letters are in; `Zyyy` (common) when there are no letters, `Zzzz` when unknown. */
export function scriptOf(s: string): string {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const [ch] of s.matchAll(LETTER)) {
    letters++;
    const found = SCRIPTS.find((sc) => sc.letter.test(ch));
    const code = found?.code ?? "Zzzz";
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (letters === 0) return "Zyyy";
  let best = "Zzzz";
  let bestCount = 0;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}
