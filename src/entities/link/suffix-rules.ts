// Suffix-rewrite rules learned from (word form, base form) pairs: for every word ending seen in
// training, how often each rewrite (replace the ending `x` by `y`) applied. A word's rewrite is
// estimated from its endings, shortest to longest, each smoothed towards the shorter one
// (Witten-Bell), so long endings decide when they have evidence and short ones otherwise.

/** Longest word ending a rule is conditioned on. */
export const MAX_CONTEXT_CHARS = 7;

/** Endings seen fewer times than this are dropped from the shipped table (whole words are kept). */
export const MIN_CONTEXT_VOTES = 2;

/** Rewrites kept per ending, most frequent first. */
export const MAX_REWRITES_PER_CONTEXT = 4;

/** Marks a whole-word context (`^путина`), the longest context a word can have. */
const WORD_MARK = "^";

/**
 * One context: `[votes, distinct rewrites, stripped1, added1, count1, stripped2, …]`. A rewrite
 * replaces the word's ending `stripped` by `added`.
 */
export type RuleEntry = (number | string)[];

/** The serialized table: context (word ending, or `^word`) → its rewrites. */
export type RuleTableData = Record<string, RuleEntry>;

/**
 * A distribution over rewrites (replace the ending `stripped[i]` by `added[i]`, probability `prob[i]`), in
 * the order they were first met. Parallel arrays, not a Map keyed `stripped|added`: a new word is estimated
 * through some thirty contexts, and a Map and a joined key per context were most of the lemmatizer's
 * allocation. Few rewrites fit one word, so the linear search is short.
 */
export interface RewriteDist {
  stripped: string[];
  added: string[];
  prob: number[];
}

/** The rewrite of `form` into `lemma`, both lowercase: the ending after their common prefix. */
export function rewriteOf(form: string, lemma: string): { stripped: string; added: string } {
  let p = 0;
  const n = Math.min(form.length, lemma.length);
  while (p < n && form[p] === lemma[p]) p++;
  return { stripped: form.slice(p), added: lemma.slice(p) };
}

/** Counts rewrites per context while learning. */
export class RuleLearner {
  readonly #counts = new Map<string, Map<string, number>>();

  /** Records one pair; both lowercase. */
  add(form: string, lemma: string, weight = 1): void {
    const { stripped, added } = rewriteOf(form, lemma);
    const rewrite = `${stripped}|${added}`;
    const longest = Math.min(form.length, MAX_CONTEXT_CHARS);
    for (let k = 0; k <= longest; k++) this.#vote(form.slice(form.length - k), rewrite, weight);
    this.#vote(WORD_MARK + form, rewrite, weight);
  }

  /** Records a known ending rewrite (`енка` → `енко`) for that ending only, as `weight` votes. */
  addEnding(ending: string, base: string, weight: number): void {
    const { stripped, added } = rewriteOf(ending, base);
    if (ending.length <= MAX_CONTEXT_CHARS) this.#vote(ending, `${stripped}|${added}`, weight);
  }

  #vote(context: string, rewrite: string, weight: number): void {
    let m = this.#counts.get(context);
    if (!m) {
      m = new Map();
      this.#counts.set(context, m);
    }
    m.set(rewrite, (m.get(rewrite) ?? 0) + weight);
  }

  finish(): RuleTableData {
    const out: RuleTableData = {};
    for (const context of [...this.#counts.keys()].sort()) {
      const m = this.#counts.get(context)!;
      let total = 0;
      for (const c of m.values()) total += c;
      if (total < MIN_CONTEXT_VOTES && !context.startsWith(WORD_MARK) && context !== "") continue;
      const top = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_REWRITES_PER_CONTEXT);
      // A whole word that agrees with its ending adds nothing.
      if (context.startsWith(WORD_MARK) && top.length === 1 && m.size === 1) {
        const ending = context.slice(1).slice(-MAX_CONTEXT_CHARS);
        const parent = this.#counts.get(ending);
        if (parent && parent.size === 1 && parent.has(top[0][0]) && sum(parent) >= MIN_CONTEXT_VOTES) continue;
      }
      const entry: RuleEntry = [total, m.size];
      for (const [rewrite, count] of top) {
        const bar = rewrite.indexOf("|");
        entry.push(rewrite.slice(0, bar), rewrite.slice(bar + 1), count);
      }
      out[context] = entry;
    }
    return out;
  }
}

function sum(m: Map<string, number>): number {
  let total = 0;
  for (const c of m.values()) total += c;
  return total;
}

/** A table's contexts as text, one per line, sorted (`tableText`): the shipped form, read without parsing it. */
const FIELD_SEP = "\t";
const LINE_SEP = "\n";

/** `data` as table text: `context<TAB>votes<TAB>distinct<TAB>stripped<TAB>added<TAB>count…` lines, contexts in code-unit order. */
export function tableText(data: RuleTableData): string {
  return Object.keys(data)
    .sort()
    .map((context) => [context, ...(data[context] as RuleEntry)].join(FIELD_SEP))
    .join(LINE_SEP);
}

/** Order of `a` and `text[from, to)` by UTF-16 code units (the order of `Array.prototype.sort`). */
function compareAt(a: string, text: string, from: number, to: number): number {
  const n = Math.min(a.length, to - from);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - text.charCodeAt(from + i);
    if (d !== 0) return d;
  }
  return a.length - (to - from);
}

/**
 * A table read in place from its text: contexts are found by binary search over the line starts, and
 * only the entries found are parsed, once each (the short endings are asked for by every word). A
 * language's tables are megabytes of JSON whose parsing cost a run more than all its lookups; most
 * contexts are never asked for.
 */
class TextTable {
  readonly #text: string;
  /** Line k is text[starts[k], starts[k + 1] - 1); its context ends at ends[k]. */
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  /** Entries parsed so far, by line. */
  readonly #parsed: (RuleEntry | undefined)[] = [];

  constructor(text: string) {
    this.#text = text;
    const starts: number[] = [];
    const ends: number[] = [];
    for (let at = 0; text !== "" && at <= text.length; ) {
      const next = text.indexOf(LINE_SEP, at);
      const lineEnd = next < 0 ? text.length : next;
      const tab = text.indexOf(FIELD_SEP, at);
      starts.push(at);
      ends.push(tab < 0 || tab > lineEnd ? lineEnd : tab);
      at = lineEnd + 1;
    }
    starts.push(text.length + 1);
    this.#starts = Int32Array.from(starts);
    this.#ends = Int32Array.from(ends);
  }

  get size(): number {
    return this.#ends.length;
  }

  entry(context: string): RuleEntry | undefined {
    const text = this.#text;
    const starts = this.#starts;
    const ends = this.#ends;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const end = ends[mid] as number;
      const d = compareAt(context, text, starts[mid] as number, end);
      if (d === 0) return this.#parsed[mid] ?? this.#parse(mid);
      if (d < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return undefined;
  }

  #parse(line: number): RuleEntry {
    const fields = this.#text.slice((this.#ends[line] as number) + 1, (this.#starts[line + 1] as number) - 1).split(FIELD_SEP);
    const entry = fields.map((f, i) => (i < 2 || (i - 2) % 3 === 2 ? Number(f) : f));
    this.#parsed[line] = entry;
    return entry;
  }
}

/**
 * Whether every ending context's shorter ending is in the table too, as counting every ending of every
 * form makes it (`RuleLearner.add`); endings only a prior gave (`addEnding`) may break it. In such a
 * table, a word's endings past the first missing one are missing too, and are not looked up.
 */
export function isSuffixClosed(data: RuleTableData): boolean {
  for (const context of Object.keys(data)) {
    if (context !== "" && !context.startsWith(WORD_MARK) && !Object.hasOwn(data, context.slice(1))) return false;
  }
  return true;
}

/** A loaded table: learned data, or the shipped table text (`tableText`) with its `isSuffixClosed`. */
export class RuleTable {
  // Learned data is read in place: copying its contexts into a Map cost more than all lookups.
  readonly #data: RuleTableData | undefined;
  readonly #text: TextTable | undefined;
  readonly #closed: boolean;

  constructor(data: RuleTableData | string, suffixClosed?: boolean) {
    if (typeof data === "string") this.#text = new TextTable(data);
    else this.#data = data;
    this.#closed = suffixClosed ?? (typeof data === "string" ? false : isSuffixClosed(data));
  }

  get size(): number {
    return this.#text ? this.#text.size : Object.keys(this.#data as RuleTableData).length;
  }

  #entry(context: string): RuleEntry | undefined {
    if (this.#text) return this.#text.entry(context);
    const data = this.#data as RuleTableData;
    return Object.hasOwn(data, context) ? data[context] : undefined;
  }

  /**
   * The smoothed rewrite distribution for `word` (lowercase): from the root context to the whole
   * word, each context's counts interpolated with the estimate so far, starting from `prior`. The
   * estimate is refined in place: `prior` becomes the answer (it is not copied per context).
   */
  estimate(word: string, prior: RewriteDist | null): RewriteDist | null {
    let dist = prior;
    const longest = Math.min(word.length, MAX_CONTEXT_CHARS);
    for (let k = 0; k <= longest; k++) {
      const e = this.#entry(word.slice(word.length - k));
      if (e) dist = interpolate(e, dist, word);
      else if (this.#closed) break;
    }
    const whole = this.#entry(WORD_MARK + word);
    return whole ? interpolate(whole, dist, word) : dist;
  }
}

/** Witten-Bell: counts plus the prior weighted by the number of distinct rewrites seen here (`prior` is updated in place). */
function interpolate(e: RuleEntry, prior: RewriteDist | null, word: string): RewriteDist {
  const total = e[0] as number;
  const lambda = prior ? (e[1] as number) : 0;
  const denom = total + lambda;
  const out: RewriteDist = prior ?? { stripped: [], added: [], prob: [] };
  const prob = out.prob;
  for (let i = 0; i < prob.length; i++) prob[i] = (lambda * (prob[i] as number)) / denom;
  for (let i = 2; i + 2 < e.length; i += 3) {
    const stripped = e[i] as string;
    if (!word.endsWith(stripped)) continue;
    const added = e[i + 1] as string;
    const share = (e[i + 2] as number) / denom;
    let at = 0;
    while (at < out.stripped.length && (out.stripped[at] !== stripped || out.added[at] !== added)) at++;
    if (at === out.stripped.length) {
      out.stripped.push(stripped);
      out.added.push(added);
      prob.push(share);
    } else prob[at] = (prob[at] as number) + share;
  }
  return out;
}

/** The rewrites that fit `word`, applied, most probable first: `[lemma word, probability]`. */
export function rankCandidates(word: string, dist: RewriteDist | null, limit: number): [string, number][] {
  if (!dist) return [[word, 1]];
  const out = new Map<string, number>();
  for (let i = 0; i < dist.stripped.length; i++) {
    const stripped = dist.stripped[i] as string;
    if (!word.endsWith(stripped)) continue;
    const lemma = word.slice(0, word.length - stripped.length) + (dist.added[i] as string);
    out.set(lemma, (out.get(lemma) ?? 0) + (dist.prob[i] as number));
  }
  if (out.size === 0) return [[word, 1]];
  let sum = 0;
  for (const q of out.values()) sum += q;
  for (const [c, q] of out) out.set(c, q / sum);
  return [...out].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}
