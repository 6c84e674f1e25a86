// Bounded memos for pure functions (keys, stems, norms, base forms): news vocabulary repeats, so most calls are
// answered from the table. Deterministic: the same input always gives the same output, cached or not.

/** Entries kept per memo before it starts afresh. */
export const MEMO_MAX_ENTRIES = 100_000;

/**
 * A memo keyed twice: one table per first key (a language, mostly), entries by the second, so no joined key
 * is built per call. Once it holds `max` entries in all, every table starts afresh.
 */
export class TwoKeyMemo<K, V> {
  readonly #tables = new Map<K, Map<string, V>>();
  readonly #max: number;
  #size = 0;

  constructor(max = MEMO_MAX_ENTRIES) {
    this.#max = max;
  }

  /** The table of `first`, created on first use: hot loops look entries up in it directly. */
  table(first: K): Map<string, V> {
    let table = this.#tables.get(first);
    if (table === undefined) {
      table = new Map();
      this.#tables.set(first, table);
    }
    return table;
  }

  /** Remember `value` in `first`'s table (making room first when the memo is full). */
  store(first: K, second: string, value: V): void {
    if (this.#size >= this.#max) {
      for (const t of this.#tables.values()) t.clear();
      this.#size = 0;
    }
    this.table(first).set(second, value);
    this.#size++;
  }

  /** The remembered value, or `compute(second, first)` remembered (undefined is a value too). */
  get(first: K, second: string, compute: (second: string, first: K) => V): V {
    const table = this.table(first);
    const known = table.get(second);
    if (known !== undefined || table.has(second)) return known as V;
    const value = compute(second, first);
    this.store(first, second, value);
    return value;
  }
}

export function memoize2(fn: (a: string, b: string) => string, max = MEMO_MAX_ENTRIES): (a: string, b: string) => string {
  const memo = new TwoKeyMemo<string, string>(max);
  return (a, b) => memo.get(b, a, fn);
}

export function memoize1(fn: (a: string) => string, max = MEMO_MAX_ENTRIES): (a: string) => string {
  const table = new Map<string, string>();
  return (a) => {
    let v = table.get(a);
    if (v === undefined) {
      if (table.size >= max) table.clear();
      v = fn(a);
      table.set(a, v);
    }
    return v;
  };
}
