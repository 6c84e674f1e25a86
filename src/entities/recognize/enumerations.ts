// Enumerations share a type: in "Irpen, Bucha, Gostomel and Borodianka" the items of one list of names
// are one kind of thing. When most typed items of a list of three or more names agree, the others
// (untyped, or typed otherwise) take that type. An item the caller knows the type of (a place the
// lexicon knows) votes with that type, whatever the model made of it.

import { LIST_CONJUNCTIONS } from "../../lang-data/shared/list-conjunctions.ts";
import { type Atoms, Cap } from "./features.ts";
import type { TagType } from "./labels.ts";
import type { RecognizedSpan } from "./recognize.ts";
import type { RecToken } from "./tokenize.ts";

/** Items a list needs before the rule applies. */
export const MIN_LIST_ITEMS = 3;
/** Longest item (tokens). */
export const MAX_ITEM_TOKENS = 3;
/** Share of the typed items the winning type needs. */
export const MIN_LIST_AGREEMENT = 0.6;
/** Confidence given to items the rule adds. */
export const LIST_ITEM_SCORE = 0.5;

const CONJUNCTIONS = new Set(LIST_CONJUNCTIONS);

function isNameToken(cap: number): boolean {
  return cap === Cap.Title || cap === Cap.Upper || cap === Cap.Mixed || cap === Cap.CapsLine;
}

function isSeparator(surface: string): boolean {
  return surface === "," || CONJUNCTIONS.has(surface.toLowerCase());
}

interface Item {
  from: number;
  to: number;
}

/** Lists of name items: item (separator item){2,}; each item 1–3 name-case tokens. */
function findLists(tokens: RecToken[], atoms: Atoms): Item[][] {
  const lists: Item[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const items: Item[] = [];
    let j = i;
    for (;;) {
      let k = j;
      while (k < tokens.length && k - j < MAX_ITEM_TOKENS + 1 && isNameToken(atoms.cap[k] ?? 0)) k++;
      if (k === j || k - j > MAX_ITEM_TOKENS) break;
      items.push({ from: j, to: k });
      const sep = tokens[k];
      if (!sep || !isSeparator(sep.surface) || atoms.sentenceStart[k]) break;
      // ", and" / ", і": a comma followed by a conjunction is one separator.
      const next = tokens[k + 1];
      j = next && next.surface !== "," && isSeparator(next.surface) ? k + 2 : k + 1;
    }
    if (items.length >= MIN_LIST_ITEMS) {
      lists.push(items);
      i = (items[items.length - 1]?.to ?? i) + 1;
    } else i++;
  }
  return lists;
}

/** The type a name is known to have outside the model (a lexicon), if any. */
export type KnownType = (surface: string) => TagType | undefined;

/** Apply the rule; spans stay sorted by start. */
export function unifyEnumerations(
  text: string,
  tokens: RecToken[],
  spans: RecognizedSpan[],
  atoms: Atoms,
  knownType?: KnownType,
): RecognizedSpan[] {
  const byStart = new Map<number, number>();
  const covered = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, idx) => {
    byStart.set(s.tokenStart, idx);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) covered[k] = idx;
  });
  const out = [...spans];
  const added: RecognizedSpan[] = [];
  for (const items of findLists(tokens, atoms)) {
    const typed: (TagType | null)[] = [];
    let clean = true;
    for (const it of items) {
      const idx = byStart.get(it.from);
      const span = idx === undefined ? undefined : spans[idx];
      if (span && span.tokenEnd === it.to) typed.push(span.type);
      else {
        for (let k = it.from; k < it.to; k++) if ((covered[k] ?? -1) >= 0) clean = false;
        typed.push(null);
      }
    }
    if (!clean) continue;
    const votes = knownType
      ? items.map((it, k) => knownType(text.slice(tokens[it.from]?.start ?? 0, tokens[it.to - 1]?.end ?? 0)) ?? typed[k] ?? null)
      : typed;
    const counts = new Map<TagType, number>();
    for (const t of votes) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
    const known = votes.filter((t) => t !== null).length;
    const [type, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["PER" as TagType, 0];
    if (n < 2 || n / known < MIN_LIST_AGREEMENT || known * 2 < items.length || type === "MISC") continue;
    items.forEach((it, k) => {
      const t = typed[k];
      if (t === type) return;
      const start = tokens[it.from]?.start ?? 0;
      const end = tokens[it.to - 1]?.end ?? start;
      if (t === null) {
        added.push({
          start,
          end,
          surface: text.slice(start, end),
          type,
          score: LIST_ITEM_SCORE,
          tokenStart: it.from,
          tokenEnd: it.to,
          source: "consistency",
        });
      } else {
        const idx = byStart.get(it.from) ?? -1;
        const span = out[idx];
        if (span) out[idx] = { ...span, type, source: "consistency" };
      }
    });
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}
