// Scores for base forms and cross-lingual linking (issue 5): base-form accuracy over mentions,
// and B-cubed over (document, gold entity) items whose predicted id is their mentions' majority id.

export interface BaseFormPair {
  predicted: string;
  gold: string;
}

/** Share of mentions whose base form equals the gold one, ignoring case. */
export function scoreBaseForms(pairs: readonly BaseFormPair[]): { accuracy: number; n: number } {
  let ok = 0;
  for (const p of pairs) if (p.predicted.toLowerCase() === p.gold.toLowerCase()) ok++;
  return { accuracy: pairs.length === 0 ? 0 : ok / pairs.length, n: pairs.length };
}

/** One found mention: its document, its gold entity and the id the linker gave it. */
export interface LinkedMention {
  doc: string;
  gold: string;
  predicted: string;
}

export interface LinkItem {
  doc: string;
  gold: string;
  /** The most frequent predicted id among the item's mentions (ties: the first seen). */
  predicted: string;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  /** Number of items scored. */
  n: number;
}

/** One item per (document, gold entity), labelled with its mentions' majority predicted id. */
export function linkItems(mentions: readonly LinkedMention[]): LinkItem[] {
  const votes = new Map<string, { doc: string; gold: string; counts: Map<string, number> }>();
  for (const m of mentions) {
    const k = `${m.doc}\n${m.gold}`;
    let v = votes.get(k);
    if (!v) {
      v = { doc: m.doc, gold: m.gold, counts: new Map() };
      votes.set(k, v);
    }
    v.counts.set(m.predicted, (v.counts.get(m.predicted) ?? 0) + 1);
  }
  const items: LinkItem[] = [];
  for (const v of votes.values()) {
    let best = "";
    let n = 0;
    for (const [id, c] of v.counts) if (c > n) [best, n] = [id, c];
    items.push({ doc: v.doc, gold: v.gold, predicted: best });
  }
  return items;
}

/** B-cubed precision, recall and F1 of the predicted clustering of `items` against the gold one. */
export function bcubed(items: readonly LinkItem[]): BCubed {
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0, n: 0 };
  const pred = new Map<string, number>();
  const gold = new Map<string, number>();
  const both = new Map<string, number>();
  for (const it of items) {
    pred.set(it.predicted, (pred.get(it.predicted) ?? 0) + 1);
    gold.set(it.gold, (gold.get(it.gold) ?? 0) + 1);
    const k = `${it.predicted}\n${it.gold}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const it of items) {
    const shared = both.get(`${it.predicted}\n${it.gold}`)!;
    p += shared / pred.get(it.predicted)!;
    r += shared / gold.get(it.gold)!;
  }
  const precision = p / items.length;
  const recall = r / items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, n: items.length };
}

export interface LinkingScore {
  all: BCubed;
  /** Only the items whose gold entity never occurs in the training topics, clustered among themselves. */
  unseen: BCubed;
}

/** B-cubed over all items and over the items of entities not in `seenGold` (the training topics' gold ids). */
export function scoreLinking(mentions: readonly LinkedMention[], seenGold: ReadonlySet<string>): LinkingScore {
  const items = linkItems(mentions);
  return { all: bcubed(items), unseen: bcubed(items.filter((it) => !seenGold.has(it.gold))) };
}
