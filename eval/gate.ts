// Regression gate (STYLE.md rule 10): figures may not fall below the floors in eval/baseline.json.
// Lowering a floor is an explicit edit of that file with a note in the commit.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./shared.ts";

interface Baseline {
  floors: Record<string, number>;
}

export function loadBaseline(): Baseline {
  return JSON.parse(readFileSync(join(REPO_ROOT, "eval", "baseline.json"), "utf8")) as Baseline;
}

/** Human-readable failures for every measured metric that is below its floor. */
export function checkFloors(metrics: Record<string, number>, baseline: Baseline = loadBaseline()): string[] {
  const failures: string[] = [];
  for (const [name, floor] of Object.entries(baseline.floors)) {
    const value = metrics[name];
    if (value !== undefined && value < floor) failures.push(`${name} = ${value.toFixed(4)} < ${floor}`);
  }
  return failures;
}
