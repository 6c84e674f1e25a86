// The tag set of the recognizer: BIO over the BSNLP types, plus MISC, which only the English
// training data (wikigold) carries and which the stage does not emit.

export const ENTITY_TAG_TYPES = ["PER", "ORG", "LOC", "EVT", "PRO", "MISC"] as const;
export type TagType = (typeof ENTITY_TAG_TYPES)[number];

/** Label 0 is O; label 1 + 2k is B-type k, 2 + 2k is I-type k. */
export const LABEL_COUNT = 1 + 2 * ENTITY_TAG_TYPES.length;
export const O_LABEL = 0;

export function beginLabel(type: TagType): number {
  return 1 + 2 * ENTITY_TAG_TYPES.indexOf(type);
}

export function insideLabel(type: TagType): number {
  return 2 + 2 * ENTITY_TAG_TYPES.indexOf(type);
}

export function labelType(label: number): TagType | null {
  return label === O_LABEL ? null : (ENTITY_TAG_TYPES[(label - 1) >> 1] ?? null);
}

export function isInside(label: number): boolean {
  return label !== O_LABEL && (label - 1) % 2 === 1;
}

/** BIO constraint: I-x may only follow B-x or I-x. */
export function allowedTransition(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev !== O_LABEL && labelType(prev) === labelType(next);
}

export function labelName(label: number): string {
  const type = labelType(label);
  return type === null ? "O" : `${isInside(label) ? "I" : "B"}-${type}`;
}

/** The entity runs of a BIO label sequence (an I- without its B opens a run too). */
export function labelRuns(labels: ArrayLike<number>): { from: number; to: number; type: TagType }[] {
  const runs: { from: number; to: number; type: TagType }[] = [];
  let i = 0;
  while (i < labels.length) {
    const type = labelType(labels[i] ?? O_LABEL);
    if (type === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < labels.length && isInside(labels[j] ?? O_LABEL) && labelType(labels[j] ?? O_LABEL) === type) j++;
    runs.push({ from: i, to: j, type });
    i = j;
  }
  return runs;
}
