// Suffix-rewrite rules learned from (word form, base form) pairs: for every word ending seen in
// training, the most frequent rewrite (strip n letters, add a string). Applying a table picks the
// longest known ending of a word; whole words seen in training are their own exceptions.

/** Longest word ending a rule is conditioned on. */
export const MAX_CONTEXT_CHARS = 7;

/** Marks a whole-word context (`^путина`), an exception that beats every ending. */
const WORD_MARK = "^";

/** One context's decision: letters to strip, letters to add, votes for it, votes in the context. */
export type RuleEntry = [strip: number, add: string, count: number, total: number];

/** The serialized table: context (word ending, or `^word`) → decision. */
export type RuleTableData = Record<string, RuleEntry>;

/** Counts rewrites per context while learning. */
export class RuleLearner {
  readonly #counts = new Map<string, Map<string, number>>();

  /** Records one pair; both lowercase. */
  add(form: string, lemma: string, weight = 1): void {
    let p = 0;
    const n = Math.min(form.length, lemma.length);
    while (p < n && form[p] === lemma[p]) p++;
    const strip = form.length - p;
    const rewrite = `${strip}|${lemma.slice(p)}`;
    const longest = Math.min(form.length, MAX_CONTEXT_CHARS);
    for (let k = strip; k <= longest; k++) this.#vote(form.slice(form.length - k), rewrite, weight);
    this.#vote(WORD_MARK + form, rewrite, weight);
  }

  #vote(context: string, rewrite: string, weight: number): void {
    let m = this.#counts.get(context);
    if (!m) {
      m = new Map();
      this.#counts.set(context, m);
    }
    m.set(rewrite, (m.get(rewrite) ?? 0) + weight);
  }

  /** The table, without contexts that decide exactly as their next shorter context does. */
  finish(): RuleTableData {
    const best = new Map<string, RuleEntry>();
    for (const [context, m] of this.#counts) {
      let top = "";
      let topCount = -1;
      let total = 0;
      for (const [rewrite, count] of m) {
        total += count;
        if (count > topCount || (count === topCount && rewrite < top)) {
          top = rewrite;
          topCount = count;
        }
      }
      const bar = top.indexOf("|");
      best.set(context, [Number(top.slice(0, bar)), top.slice(bar + 1), topCount, total]);
    }
    const out: RuleTableData = {};
    for (const [context, entry] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const parent = parentContext(context);
      const up = parent === null ? undefined : resolveIn(best, parent);
      if (up && up[0] === entry[0] && up[1] === entry[1]) continue;
      out[context] = entry;
    }
    return out;
  }
}

/** The next shorter context of `context`, or null for the root. */
function parentContext(context: string): string | null {
  if (context.startsWith(WORD_MARK)) {
    const word = context.slice(1);
    return word.slice(Math.max(0, word.length - MAX_CONTEXT_CHARS));
  }
  return context.length === 0 ? null : context.slice(1);
}

/** The decision the longest stored context ending `context` gives. */
function resolveIn(table: Map<string, RuleEntry>, context: string): RuleEntry | undefined {
  for (let c: string | null = context; c !== null; c = parentContext(c)) {
    const e = table.get(c);
    if (e) return e;
  }
  return undefined;
}

/** A loaded table: looks up the longest matching context of a word. */
export class RuleTable {
  readonly #map: Map<string, RuleEntry>;

  constructor(data: RuleTableData) {
    this.#map = new Map(Object.entries(data));
  }

  get size(): number {
    return this.#map.size;
  }

  /** The decision for `word` (lowercase) and how long its context was (Infinity for a whole-word exception). */
  match(word: string, minVotes = 1): { entry: RuleEntry; length: number } | undefined {
    const exact = this.#map.get(WORD_MARK + word);
    if (exact) return { entry: exact, length: Number.POSITIVE_INFINITY };
    for (let k = Math.min(word.length, MAX_CONTEXT_CHARS); k >= 0; k--) {
      const e = this.#map.get(word.slice(word.length - k));
      if (e && e[0] <= word.length && (e[3] >= minVotes || k === 0)) return { entry: e, length: k };
    }
    return undefined;
  }
}

/** `word` rewritten by `entry`. */
export function applyRule(word: string, entry: RuleEntry): string {
  return word.slice(0, word.length - entry[0]) + entry[1];
}
