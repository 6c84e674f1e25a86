// Word clusters: words seen between the same neighbours share a cluster; the rest do not.

import assert from "node:assert/strict";
import { test } from "node:test";
import { CLUSTER_LEVEL_BITS } from "../../../src/entities/recognize/cluster-ids.ts";
import { induceClusters } from "../../../src/entities/recognize/clusters.ts";

// A made-up corpus: towns after "in" and before "today", people after "minister" and before "said".
const towns = ["ashford", "brenley", "calder", "dunmore", "elvin", "farrow"];
const people = ["okafor", "lindqvist", "moreau", "tanaka", "petrenko", "silva"];
const texts: string[] = [];
for (let i = 0; i < 30; i++) {
  const town = towns[i % towns.length];
  const person = people[(i * 5) % people.length];
  texts.push(`We met in ${town} today. The minister ${person} said so. Rain fell in ${town} today and the minister ${person} said no.`);
}

test("clusters: words in the same contexts share a cluster, others do not", () => {
  const clusters = induceClusters(texts, { k: 4, coarseK: 0, minCount: 2, contextWords: 20, iterations: 10 });
  const town = new Set(towns.map((w) => clusters.get(w)));
  const person = new Set(people.map((w) => clusters.get(w)));
  assert.equal(town.size, 1, "all towns in one cluster");
  assert.equal(person.size, 1, "all people in one cluster");
  assert.notDeepEqual([...town], [...person]);
  assert.equal(clusters.get("never-seen"), undefined);
});

test("clusters: a coarse level packs into the id above the fine one, deterministically", () => {
  const a = induceClusters(texts, { k: 4, coarseK: 2, minCount: 2, contextWords: 20 });
  const b = induceClusters(texts, { k: 4, coarseK: 2, minCount: 2, contextWords: 20 });
  assert.deepEqual([...a], [...b]);
  for (const id of a.values()) {
    assert.ok(id >>> CLUSTER_LEVEL_BITS >= 1 && id >>> CLUSTER_LEVEL_BITS <= 2, String(id));
    assert.ok((id & ((1 << CLUSTER_LEVEL_BITS) - 1)) >= 1, String(id));
  }
});
