// A word's cluster id holds two levels of one clustering: coarse · 2^CLUSTER_LEVEL_BITS + fine (fine in
// 1..2^CLUSTER_LEVEL_BITS − 1, coarse from 1; 0 is "no cluster"). Features read both levels.

export const CLUSTER_LEVEL_BITS = 10;

export function packClusterId(coarse: number, fine: number): number {
  return coarse * 2 ** CLUSTER_LEVEL_BITS + fine;
}
