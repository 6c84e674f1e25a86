// A name the lists know as one phrase ("Nord Stream 2", a PRO) that the sequence model cut into pieces
// ("Nord" PRO, "Stream" LOC) is joined back: the pieces give way to one span over the whole phrase, of the
// phrase's type, when the lists give it exactly one. Where the model's pieces agree with nothing the lists
// know ("Пакистан" | "Фауад Хюсеин"), nothing changes: two names side by side are common in news.

import type { Atoms } from "./features.ts";
import { ENTITY_TAG_TYPES, type TagType } from "./labels.ts";
import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/** The gazetteer phrase runs of a document (atoms.phrase: typeBits << 1, | 1 inside a phrase). */
function phraseRuns(atoms: Atoms): { from: number; to: number; bits: number }[] {
  const runs: { from: number; to: number; bits: number }[] = [];
  for (let i = 0; i < atoms.n; i++) {
    const v = atoms.phrase[i] ?? 0;
    if (v === 0 || (v & 1) === 1) continue;
    let j = i + 1;
    while (j < atoms.n && ((atoms.phrase[j] ?? 0) & 1) === 1) j++;
    runs.push({ from: i, to: j, bits: v >> 1 });
    i = j - 1;
  }
  return runs;
}

/** The one type that `bits` name, if exactly one. */
function singleType(bits: number): TagType | undefined {
  if (bits === 0 || (bits & (bits - 1)) !== 0) return undefined;
  return ENTITY_TAG_TYPES[31 - Math.clz32(bits)];
}

/** Decoded spans cut out of one known phrase, joined into the phrase (MISC only where `allowMisc`). */
export function joinKnownPhrases(
  text: string,
  tokens: readonly RecToken[],
  spans: readonly RecognizedSpan[],
  atoms: Atoms,
  allowMisc: boolean,
): RecognizedSpan[] {
  let out: RecognizedSpan[] | undefined;
  for (const run of phraseRuns(atoms)) {
    const type = singleType(run.bits);
    if (type === undefined || (type === "MISC" && !allowMisc)) continue;
    const current = out ?? spans;
    const inside = current.filter((s) => s.tokenStart >= run.from && s.tokenEnd <= run.to);
    if (inside.length < 2 || inside.some((s) => s.source !== "model")) continue;
    if (current.some((s) => s.tokenStart < run.to && s.tokenEnd > run.from && !inside.includes(s))) continue;
    const start = tokens[run.from]?.start ?? 0;
    const end = tokens[run.to - 1]?.end ?? start;
    const score = inside.reduce((sum, s) => sum + s.score, 0) / inside.length;
    const joined: RecognizedSpan = {
      start,
      end,
      surface: text.slice(start, end),
      type,
      score,
      tokenStart: run.from,
      tokenEnd: run.to,
      source: "rule",
    };
    const first = current.indexOf(inside[0] as RecognizedSpan);
    out = [...current.slice(0, first), joined, ...current.slice(first).filter((s) => !inside.includes(s))];
  }
  return out ?? [...spans];
}
