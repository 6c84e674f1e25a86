// Suffix-rewrite rules: learning from word pairs and applying the longest known ending.

import assert from "node:assert/strict";
import { test } from "node:test";
import { applyRule, RuleLearner, RuleTable } from "../../../src/entities/link/suffix-rules.ts";

const TRAINING: [string, string][] = [
  ["петрова", "петров"],
  ["іванова", "іванов"],
  ["сидорова", "сидоров"],
  ["петровим", "петров"],
  ["марта", "марта"],
  ["олена", "олена"],
  ["києва", "київ"],
];

const CASES: { word: string; expected: string }[] = [
  { word: "смирнова", expected: "смирнов" }, // -ова → -ов, learned from three surnames
  { word: "козловим", expected: "козлов" }, // -вим → -в
  { word: "києва", expected: "київ" }, // a whole word seen in training is its own exception
  { word: "марта", expected: "марта" }, // exception beats the -а ending
  { word: "xyz", expected: "xyz" }, // unseen ending: the root decision
];

test("suffix-rules: learned table rewrites word endings", () => {
  const learner = new RuleLearner();
  for (const [form, lemma] of TRAINING) learner.add(form, lemma);
  const table = new RuleTable(learner.finish());
  for (const c of CASES) {
    const m = table.match(c.word);
    assert.ok(m, c.word);
    assert.equal(applyRule(c.word, m.entry), c.expected, c.word);
  }
});
