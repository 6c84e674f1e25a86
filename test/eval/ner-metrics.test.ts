import assert from "node:assert/strict";
import { test } from "node:test";
import { addNerCounts, emptyNerCounts, f1, scoreDocument } from "../../eval/entities/ner-metrics.ts";

const m = (start: number, surface: string, type: string, entity?: string) => ({
  start,
  end: start + surface.length,
  surface,
  type,
  entity,
});

test("strict scores distinct surface+type pairs; relaxed recall counts an entity found by any of its forms", () => {
  const gold = [
    m(0, "Лукашенко", "PER", "e1"),
    m(20, "Лукашенка", "PER", "e1"),
    m(40, "Мінськ", "LOC", "e2"),
    m(60, "Мінськ", "LOC", "e2"),
  ];
  const pred = [m(0, "Лукашенко", "PER"), m(40, "Мінськ", "ORG"), m(80, "Путін", "PER")];
  const c = scoreDocument(gold, pred);
  // strict: gold pairs {Лукашенко PER, Лукашенка PER, Мінськ LOC}; one of three found, two of three answers wrong
  assert.deepEqual([c.strict.tp, c.strict.fp, c.strict.fn], [1, 2, 2]);
  // relaxed: e1 is found through one of its forms, e2 is not (wrong type); precision over the answers
  assert.deepEqual([c.relaxed.tp, c.relaxed.fn], [1, 1]);
  const r = f1(c.relaxed);
  assert.equal(r.r, 0.5);
  assert.equal(r.p, 1 / 3);
  assert.deepEqual([c.span.tp, c.span.fp, c.span.fn], [1, 2, 3]);
});

test("pooling keeps the system-side true positives of relaxed scores", () => {
  const gold = [m(0, "Brexit", "EVT", "b"), m(10, "brexitu", "EVT", "b")];
  const pred = [m(0, "Brexit", "EVT"), m(10, "brexitu", "EVT")];
  const total = emptyNerCounts();
  addNerCounts(total, scoreDocument(gold, pred));
  addNerCounts(total, scoreDocument(gold, pred));
  // two answers right per document, one entity per document
  assert.equal(total.relaxed.systemTp, 4);
  assert.equal(total.relaxed.tp, 2);
  assert.deepEqual(f1(total.relaxed), { p: 1, r: 1, f: 1 });
});
