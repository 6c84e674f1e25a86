// 32-bit hashing for feature hashing: FNV-1a over strings, a murmur finalizer to mix template ids
// with token atoms. Deterministic across runs and platforms.

/** FNV-1a over the UTF-16 code units of `s`. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over s[from, to) without slicing. */
export function hashRange(s: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mix two 32-bit values into one (murmur3 fmix over a combination). The bits come back as a signed 32-bit
 * integer: callers store them in Uint32Arrays or mix them again, which read the same bits either way, and
 * a signed value is a small integer to V8, where an unsigned one above 2³¹ is a heap number allocated
 * per call (60 MB per 1,000 articles, in the emissions' hot loop).
 */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
