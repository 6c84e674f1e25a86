// The shape of a benchmark suite: bench/suites/<name>.ts exports `bench`. Speed is reported as
// ratios against a reference measured in the same run, never as absolute thresholds.

import type { EvalTable } from "../eval/suite.ts";

export interface BenchSuite {
  name: string;
  description: string;
  requires: string[];
  run(args: string[]): Promise<EvalTable[]>;
}
