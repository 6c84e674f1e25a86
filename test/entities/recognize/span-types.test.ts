import assert from "node:assert/strict";
import { test } from "node:test";
import { buildGazetteer } from "../../../src/entities/recognize/corpus/build-gazetteer.ts";
import { annotatedToTrainDoc } from "../../../src/entities/recognize/corpus/to-train.ts";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import { ENTITY_TAG_TYPES } from "../../../src/entities/recognize/labels.ts";
import { parseModel, serializeModel } from "../../../src/entities/recognize/model.ts";
import type { RecognizedSpan } from "../../../src/entities/recognize/recognize.ts";
import {
  retypeBySpanTyper,
  spanTypeScores,
  TYPE_COUNT,
  trainSpanTyper,
  typeWidenedSpans,
} from "../../../src/entities/recognize/span-types.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { makeRandom, trainModel } from "../../../src/entities/recognize/train.ts";
import type { EntityType } from "../../../src/model/doc.ts";

// Invented names whose type only their last word tells: "<X> Party" is an organization, "<X> River" a place.
const STEMS = ["Zorvan", "Melik", "Tobrin", "Kasel", "Vurna", "Odrik", "Pelan", "Sarov", "Lumir", "Gedra"];
const HEADS: [string, EntityType][] = [
  ["Party", "ORG"],
  ["River", "LOC"],
];

function makeDoc(i: number) {
  const stem = STEMS[i % STEMS.length] ?? "";
  const [head, type] = HEADS[i % 2] ?? ["Party", "ORG"];
  const name = `${stem} ${head}`;
  const text = `Reports mention the ${name} again. Nothing else happened.`;
  const start = text.indexOf(name);
  return {
    id: `d${i}`,
    topic: "t",
    lang: "en",
    text,
    mentions: [{ start, end: start + name.length, surface: name, lemma: name, type, entity: name }],
  };
}

const trainDocs = Array.from({ length: 40 }, (_, i) => annotatedToTrainDoc(makeDoc(i), 1));
const gazetteer = buildGazetteer([], []);
const typer = trainSpanTyper(trainDocs, gazetteer, undefined, { random: makeRandom(3), epochs: 4, buckets: 1 << 12 });

/** The typer's best type for the two-word name at the end of "Reports mention the <name>". */
function typerType(name: string): string {
  const text = `Reports mention the ${name}`;
  const surfaces = tokenize(text).map((t) => t.surface);
  const atoms = computeAtoms({ surfaces, sentenceStart: new Uint8Array(surfaces.length), lang: "en" }, { gazetteer, excludedSources: 0 });
  const scores = new Float64Array(TYPE_COUNT);
  spanTypeScores(typer, atoms, surfaces.length - 2, surfaces.length, gazetteer, scores);
  let best = 0;
  for (let t = 1; t < TYPE_COUNT; t++) if ((scores[t] ?? 0) > (scores[best] ?? 0)) best = t;
  return ENTITY_TAG_TYPES[best] ?? "";
}

test("span typer: a new name takes the type its last word tells", () => {
  assert.equal(typerType("Brelin Party"), "ORG");
  assert.equal(typerType("Brelin River"), "LOC");
});

function spanOf(text: string, surface: string, type: RecognizedSpan["type"], source: RecognizedSpan["source"]): RecognizedSpan {
  const tokens = tokenize(text);
  const start = text.indexOf(surface);
  const tokenStart = tokens.findIndex((t) => t.start === start);
  const tokenEnd = tokens.findIndex((t) => t.end === start + surface.length) + 1;
  return { start, end: start + surface.length, surface, type, score: 0.6, tokenStart, tokenEnd, source };
}

function atomsOf(text: string) {
  const surfaces = tokenize(text).map((t) => t.surface);
  return computeAtoms({ surfaces, sentenceStart: new Uint8Array(surfaces.length), lang: "en" }, { gazetteer, excludedSources: 0 });
}

test("span typer: retypes a model span it clearly disagrees with, and leaves the rules' spans alone", () => {
  const text = "Reports mention the Brelin Party and the Dovra River.";
  const spans = [spanOf(text, "Brelin Party", "PER", "model"), spanOf(text, "Dovra River", "PER", "rule")];
  const got = retypeBySpanTyper(spans, atomsOf(text), typer, gazetteer, 0, false);
  assert.deepEqual(
    got.map((s) => `${s.type} ${s.surface}`),
    ["ORG Brelin Party", "PER Dovra River"],
  );
});

test("span typer: a lead it does not reach keeps the sequence model's type", () => {
  const text = "Reports mention the Brelin Party again.";
  const spans = [spanOf(text, "Brelin Party", "PER", "model")];
  assert.equal(retypeBySpanTyper(spans, atomsOf(text), typer, gazetteer, 1e9, false)[0]?.type, "PER");
});

test("span typer: a span a rule widened takes the typer's best type, with no lead; the others stand", () => {
  const text = "Reports mention the Brelin Party and the Dovra River.";
  const spans = [spanOf(text, "Brelin Party", "LOC", "model"), spanOf(text, "Dovra River", "ORG", "model")];
  const got = typeWidenedSpans(spans, (s) => s.surface === "Brelin Party", atomsOf(text), typer, gazetteer, false);
  assert.deepEqual(
    got.map((s) => `${s.type} ${s.surface}`),
    ["ORG Brelin Party", "ORG Dovra River"],
  );
});

test("span typer: ships in the model file and decides the same after loading", () => {
  const model = trainModel(trainDocs, gazetteer, undefined, { epochs: 2, buckets: 1 << 12, fallbackShare: 0 });
  assert.ok(model.typer, "trainModel trains the typer");
  const back = parseModel(serializeModel(model));
  assert.ok(back.typer, "the typer survives serialization");
  const text = "Reports mention the Brelin Party and the Dovra River.";
  const spans = [spanOf(text, "Brelin Party", "LOC", "model"), spanOf(text, "Dovra River", "ORG", "model")];
  const before = retypeBySpanTyper(spans, atomsOf(text), model.typer, gazetteer, 0, false).map((s) => s.type);
  const after = retypeBySpanTyper(spans, atomsOf(text), back.typer, gazetteer, 0, false).map((s) => s.type);
  assert.deepEqual(after, before);
  assert.deepEqual(after, ["ORG", "LOC"]);
});
