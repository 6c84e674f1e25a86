import assert from "node:assert/strict";
import { test } from "node:test";
import type { Doc, RawDoc } from "../../src/model/doc.ts";
import { CrossnewsError } from "../../src/model/message.ts";
import { checkStageOrder, createPipeline, neededStages } from "../../src/pipeline/pipeline.ts";
import type { Stage } from "../../src/pipeline/stage.ts";

const raw: RawDoc = { input: "mem.txt", format: "text", content: "Привіт.", hints: {} };
const now = { value: "2026-11-22T00:00:00Z", source: "flag" };
const ctx = { noExtract: false };

const decode: Stage = {
  name: "decode",
  requires: [],
  adds: ["decode"],
  run: (doc: Doc) => ({ ...doc, decode: { content: doc.raw.content ?? "", charset: "utf-8", charsetEvidence: "given", format: "text" } }),
};
const extract: Stage = {
  name: "extract",
  requires: ["decode"],
  adds: ["extract"],
  run: (doc: Doc) => ({ ...doc, extract: { text: doc.decode?.content ?? "", published: null, method: "test" } }),
};
const broken: Stage = {
  name: "broken",
  requires: ["extract"],
  adds: ["lang"],
  run: () => {
    throw new Error("boom");
  },
};

test("pipeline_order_rejects_a_stage_before_what_it_requires", () => {
  assert.throws(
    () => checkStageOrder([extract, decode]),
    (e: unknown) => e instanceof CrossnewsError && e.code === "pipeline/bad-order",
  );
  assert.doesNotThrow(() => checkStageOrder([decode, extract]));
});

test("pipeline_run_adds_layers_in_order_and_keeps_earlier_ones", () => {
  const doc = createPipeline([decode, extract]).run(raw, now, ctx);
  assert.equal(doc.decode?.content, "Привіт.");
  assert.equal(doc.extract?.text, "Привіт.");
  assert.equal(doc.now, now.value);
  assert.equal(doc.nowSource, "flag");
});

test("pipeline_stage_bug_becomes_a_warning_and_keeps_earlier_layers", () => {
  const doc = createPipeline([decode, extract, broken]).run(raw, now, ctx);
  assert.equal(doc.extract?.text, "Привіт.");
  assert.equal(doc.lang, undefined);
  assert.deepEqual(
    doc.messages.map((m) => [m.code, m.severity, m.input]),
    [["pipeline/stage-failed", "warning", "mem.txt"]],
  );
});

const stage = (name: string, requires: Stage["requires"], adds: Stage["adds"]): Stage => ({ name, requires, adds, run: (doc) => doc });

test("pipeline_runs_only_the_stages_the_wanted_layers_need", () => {
  const stages = [
    stage("decode", [], ["decode"]),
    stage("extract", ["decode"], ["extract"]),
    stage("lang", ["extract"], ["lang"]),
    stage("text", ["extract", "lang"], ["text"]),
    stage("entities", ["extract", "lang"], ["entities"]),
    stage("time", ["text"], ["time"]),
  ];
  const names = (wanted: Parameters<typeof neededStages>[1]) => neededStages(stages, wanted).map((s) => s.name);
  assert.deepEqual(names(["extract", "entities"]), ["decode", "extract", "lang", "entities"]);
  // A later stage that requires the text layer brings its stage back.
  assert.deepEqual(names(["entities", "time"]), ["decode", "extract", "lang", "text", "entities", "time"]);
  assert.deepEqual(names(["decode"]), ["decode"]);
  const doc = createPipeline([decode, extract, broken], ["extract"]).run(raw, now, ctx);
  assert.equal(doc.extract?.text, "Привіт.");
  assert.deepEqual(doc.messages, []);
});

test("pipeline_default_runs_the_stages_the_article_is_made_of", async () => {
  const { getDefaultPipeline } = await import("../../src/pipeline/analyze.ts");
  // The text layer is in no article field, and no default stage after it requires it yet.
  assert.deepEqual(
    getDefaultPipeline().stages.map((s) => s.name),
    ["decode", "extract", "lang", "entities"],
  );
});
