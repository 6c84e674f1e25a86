// A bounded memo for pure string functions (keys, stems, norms): news vocabulary repeats, so most tokens are
// answered from the table. Deterministic: the same input always gives the same output, cached or not.

/** Entries kept per memo before it starts afresh. */
export const MEMO_MAX_ENTRIES = 100_000;

export function memoize2(fn: (a: string, b: string) => string, max = MEMO_MAX_ENTRIES): (a: string, b: string) => string {
  // One table per second argument (a language, mostly): no joined key string is built per call.
  const tables = new Map<string, Map<string, string>>();
  let size = 0;
  return (a, b) => {
    let table = tables.get(b);
    if (table === undefined) {
      table = new Map();
      tables.set(b, table);
    }
    let v = table.get(a);
    if (v === undefined) {
      if (size >= max) {
        for (const t of tables.values()) t.clear();
        size = 0;
      }
      v = fn(a, b);
      table.set(a, v);
      size++;
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
