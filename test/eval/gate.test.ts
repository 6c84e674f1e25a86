import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFloors } from "../../eval/gate.ts";

const cases: { metrics: Record<string, number>; failures: number }[] = [
  { metrics: { "a.f1": 0.9 }, failures: 0 },
  { metrics: { "a.f1": 0.7 }, failures: 1 },
  { metrics: { "b.f1": 0.1 }, failures: 0 },
  { metrics: {}, failures: 0 },
];

test("gate_checkFloors_flags_only_measured_metrics_below_their_floor", () => {
  for (const c of cases) {
    assert.equal(checkFloors(c.metrics, { floors: { "a.f1": 0.8 } }).length, c.failures, JSON.stringify(c.metrics));
  }
});
