// A bounded memo for pure string functions (keys, stems, norms): news vocabulary repeats, so most tokens are
// answered from the table. Deterministic: the same input always gives the same output, cached or not.

/** Entries kept per memo before it starts afresh. */
export const MEMO_MAX_ENTRIES = 100_000;

export function memoize2(fn: (a: string, b: string) => string, max = MEMO_MAX_ENTRIES): (a: string, b: string) => string {
  const table = new Map<string, string>();
  return (a, b) => {
    const k = `${b}\u0000${a}`;
    let v = table.get(k);
    if (v === undefined) {
      if (table.size >= max) table.clear();
      v = fn(a, b);
      table.set(k, v);
    }
    return v;
  };
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
