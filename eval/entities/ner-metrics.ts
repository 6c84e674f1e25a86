// BSNLP-style NER scores over documents: strict (distinct surface+type pairs per document), relaxed
// (a gold entity counts as found when any of its surface forms is found with its type) and span-exact
// (start, end, type), accumulated by language and overall. Relaxed precision is over the system's
// answers (a pair is right when it is any form of a gold entity of its type) and relaxed recall over
// the gold entities, as in the BSNLP scorer: the two sides count different things, so `Counts` keeps
// the system side's true positives apart (`systemTp`).

export interface ScoredMention {
  start: number;
  end: number;
  surface: string;
  type: string;
  /** Gold entity id (gold side only). */
  entity?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** True positives counted on the system side, when they differ from `tp` (relaxed scores). */
  systemTp?: number;
}

export interface NerCounts {
  strict: Counts;
  relaxed: Counts;
  span: Counts;
  spanByType: Record<string, Counts>;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function emptyNerCounts(): NerCounts {
  return { strict: emptyCounts(), relaxed: emptyCounts(), span: emptyCounts(), spanByType: {} };
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const sysTp = c.systemTp ?? c.tp;
  const p = sysTp + c.fp === 0 ? 0 : sysTp / (sysTp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  if (c.systemTp !== undefined || into.systemTp !== undefined) into.systemTp = (into.systemTp ?? into.tp - c.tp) + (c.systemTp ?? c.tp);
}

export function addNerCounts(into: NerCounts, c: NerCounts): void {
  addCounts(into.strict, c.strict);
  addCounts(into.relaxed, c.relaxed);
  addCounts(into.span, c.span);
  for (const [t, v] of Object.entries(c.spanByType)) {
    const slot = into.spanByType[t] ?? emptyCounts();
    addCounts(slot, v);
    into.spanByType[t] = slot;
  }
}

const pairKey = (m: ScoredMention) => `${m.surface}\t${m.type}`;

/** Score one document's predicted mentions against its gold. */
export function scoreDocument(gold: ScoredMention[], pred: ScoredMention[]): NerCounts {
  const out = emptyNerCounts();
  const g = new Set(gold.map(pairKey));
  const s = new Set(pred.map(pairKey));
  for (const k of s) if (g.has(k)) out.strict.tp++;
  out.strict.fp = s.size - out.strict.tp;
  out.strict.fn = g.size - out.strict.tp;
  // Relaxed: recall over gold entities (id + type), found when any of their pairs is found; precision
  // over the system's pairs, as strict.
  const entities = new Map<string, Set<string>>();
  for (const m of gold) {
    const key = `${m.entity ?? m.surface}\t${m.type}`;
    const set = entities.get(key) ?? new Set<string>();
    set.add(pairKey(m));
    entities.set(key, set);
  }
  for (const pairs of entities.values()) {
    let found = false;
    for (const p of pairs) if (s.has(p)) found = true;
    if (found) out.relaxed.tp++;
    else out.relaxed.fn++;
  }
  out.relaxed.systemTp = out.strict.tp;
  out.relaxed.fp = out.strict.fp;
  const spanKey = (m: ScoredMention) => `${m.start}:${m.end}:${m.type}`;
  const gs = new Set(gold.map(spanKey));
  const ps = new Set(pred.map(spanKey));
  const bump = (type: string, field: keyof Counts) => {
    const slot = out.spanByType[type] ?? emptyCounts();
    slot[field]++;
    out.spanByType[type] = slot;
  };
  for (const m of pred) {
    if (gs.has(spanKey(m))) {
      out.span.tp++;
      bump(m.type, "tp");
    } else {
      out.span.fp++;
      bump(m.type, "fp");
    }
  }
  for (const m of gold) {
    if (!ps.has(spanKey(m))) {
      out.span.fn++;
      bump(m.type, "fn");
    }
  }
  return out;
}
