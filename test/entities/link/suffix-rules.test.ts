// Suffix-rewrite rules: learning from word pairs and applying the longest known ending.

import assert from "node:assert/strict";
import { test } from "node:test";
import { RuleLearner, RuleTable, rankCandidates } from "../../../src/entities/link/suffix-rules.ts";

const TRAINING: [string, string][] = [
  ["петрова", "петров"],
  ["іванова", "іванов"],
  ["сидорова", "сидоров"],
  ["петровим", "петров"],
  ["івановим", "іванов"],
  ["марта", "марта"],
  ["олена", "олена"],
  ["києва", "київ"],
];

const CASES: { word: string; expected: string }[] = [
  { word: "смирнова", expected: "смирнов" }, // -ова → -ов, learned from three surnames
  { word: "козловим", expected: "козлов" }, // -овим → -ов, two votes
  { word: "києва", expected: "київ" }, // a whole word seen in training is its own exception
  { word: "марта", expected: "марта" }, // exception beats the -а ending
  { word: "xyz", expected: "xyz" }, // unseen ending: the root decision
];

test("suffix-rules: learned table rewrites word endings", () => {
  const learner = new RuleLearner();
  for (const [form, lemma] of TRAINING) learner.add(form, lemma);
  const table = new RuleTable(learner.finish());
  for (const c of CASES) {
    const ranked = rankCandidates(c.word, table.estimate(c.word, null), 3);
    assert.equal(ranked[0][0], c.expected, c.word);
  }
});
