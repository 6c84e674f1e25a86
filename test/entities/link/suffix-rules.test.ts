// Suffix-rewrite rules: learning from word pairs and applying the longest known ending.

import assert from "node:assert/strict";
import { test } from "node:test";
import { isSuffixClosed, RuleLearner, RuleTable, rankCandidates, tableText } from "../../../src/entities/link/suffix-rules.ts";

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

test("suffix-rules: a table read from its shipped text estimates as the learned data does", () => {
  const learner = new RuleLearner();
  for (const [form, lemma] of TRAINING) learner.add(form, lemma);
  // A prior ending whose shorter endings were never seen: the table is no longer suffix-closed.
  learner.addEnding("ченка", "ченко", 5);
  const data = learner.finish();
  assert.equal(isSuffixClosed(data), false);
  const fromData = new RuleTable(data);
  const fromText = new RuleTable(tableText(data), isSuffixClosed(data));
  assert.equal(fromText.size, fromData.size);
  for (const word of [...CASES.map((c) => c.word), "кравченка", "петровим", "а", "", "ченка"]) {
    assert.deepEqual(rankCandidates(word, fromText.estimate(word, null), 3), rankCandidates(word, fromData.estimate(word, null), 3), word);
  }
  assert.equal(rankCandidates("кравченка", fromText.estimate("кравченка", null), 1)[0]?.[0], "кравченко");
});
