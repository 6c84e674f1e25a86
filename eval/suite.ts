// The shape of an evaluation suite: eval/suites/<name>.ts exports `suite`.

export type Cell = string | number | null;

export interface EvalTable {
  title: string;
  columns: string[];
  rows: Cell[][];
}

export interface EvalResult {
  tables: EvalTable[];
  /** Named figures checked against eval/baseline.json floors (e.g. `extraction.scrapinghub.f1`). */
  metrics: Record<string, number>;
  notes?: string[];
}

export interface EvalSuite {
  name: string;
  description: string;
  /** Paths relative to ../shared that must exist; when any is missing the suite is skipped with a message. */
  requires: string[];
  run(args: string[]): Promise<EvalResult>;
}
