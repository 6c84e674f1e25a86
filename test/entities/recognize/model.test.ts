import assert from "node:assert/strict";
import { test } from "node:test";
import { buildGazetteer } from "../../../src/entities/recognize/corpus/build-gazetteer.ts";
import { annotatedToTrainDoc } from "../../../src/entities/recognize/corpus/to-train.ts";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import { beginLabel, insideLabel, LABEL_COUNT, O_LABEL } from "../../../src/entities/recognize/labels.ts";
import {
  emissions,
  emissionsByFeature,
  labelMargins,
  type NerModel,
  parseModel,
  serializeModel,
  viterbi,
} from "../../../src/entities/recognize/model.ts";
import { recognize } from "../../../src/entities/recognize/recognize.ts";
import { trainModel } from "../../../src/entities/recognize/train.ts";
import type { EntityType } from "../../../src/model/doc.ts";

// A tiny hand-written corpus: "<Name> visited <Place>" patterns with varied names.
const PEOPLE = ["Ivan Horak", "Olga Berez", "Taras Melnyk", "Anna Kovar", "Petro Lis", "Maria Dub"];
const PLACES = ["Lviv", "Odesa", "Brno", "Poznan", "Varna", "Kotor"];

function makeDoc(i: number) {
  const person = PEOPLE[i % PEOPLE.length] ?? "";
  const place = PLACES[(i * 5) % PLACES.length] ?? "";
  const text = `Yesterday ${person} visited ${place} again. The visit was short.`;
  const mentions = [
    {
      start: text.indexOf(person),
      end: text.indexOf(person) + person.length,
      surface: person,
      lemma: person,
      type: "PER" as EntityType,
      entity: person,
    },
    {
      start: text.indexOf(place),
      end: text.indexOf(place) + place.length,
      surface: place,
      lemma: place,
      type: "LOC" as EntityType,
      entity: place,
    },
  ];
  return { id: `d${i}`, topic: "t", lang: "en", text, mentions };
}

const docs = Array.from({ length: 36 }, (_, i) => makeDoc(i));
const model = trainModel(
  docs.map((d) => annotatedToTrainDoc(d, 1)),
  buildGazetteer([], []),
  undefined,
  { epochs: 4, buckets: 1 << 12, fallbackShare: 0 },
);

const cases: { name: string; text: string; expected: string[] }[] = [
  { name: "a seen pattern", text: "Yesterday Olga Berez visited Varna again.", expected: ["PER Olga Berez", "LOC Varna"] },
  { name: "a new person in a seen frame", text: "Yesterday Roman Sych visited Lviv again.", expected: ["PER Roman Sych", "LOC Lviv"] },
  { name: "no names", text: "The visit was short.", expected: [] },
];

for (const c of cases) {
  test(`model: recognizes ${c.name}`, () => {
    const got = recognize(model, c.text, "en").spans.map((s) => `${s.type} ${s.surface}`);
    assert.deepEqual(got, c.expected);
  });
}

test("model: serialization keeps the decisions", () => {
  const back = parseModel(serializeModel(model));
  for (const c of cases) {
    assert.deepEqual(
      recognize(back, c.text, "en").spans.map((s) => `${s.type} ${s.surface}`),
      recognize(model, c.text, "en").spans.map((s) => `${s.type} ${s.surface}`),
    );
  }
});

test("model: an unknown language is read as xx", () => {
  assert.equal(recognize(model, "Yesterday Olga Berez visited Varna.", "zz").modelLang, "xx");
});

test("model: max-marginal margins are positive on the best path and larger where the choice is clearer", () => {
  const L = LABEL_COUNT;
  const transitions = new Float32Array((L + 1) * L);
  // Token 0 is clearly B-PER; token 1 is I-PER by a little over O; an I- label's emission is high where it is not allowed.
  const em = new Float32Array(2 * L);
  em[beginLabel("PER")] = 10;
  em[insideLabel("LOC")] = 50;
  em[L + insideLabel("PER")] = 2;
  em[L + O_LABEL] = 1;
  const labels = new Uint8Array(2);
  viterbi(transitions, em, 0, 2, labels);
  assert.deepEqual([...labels], [beginLabel("PER"), insideLabel("PER")]);
  const margins = new Float32Array(2);
  labelMargins(transitions, em, 0, 2, labels, margins);
  assert.ok((margins[0] ?? 0) > (margins[1] ?? 0), String([...margins]));
  assert.ok((margins[1] ?? 0) > 0, String([...margins]));
});

test("model: emissions from the cached surface and neighbour sums equal the sum of every feature", () => {
  // Clusters and a name list, so every feature group is present; integer (shipped) weights must match exactly.
  const clusters = new Map(
    [...PEOPLE, ...PLACES].flatMap((n, i) =>
      n
        .toLowerCase()
        .split(" ")
        .map((w) => [w, 1 + (i % 3) * 64] as [string, number]),
    ),
  );
  const gazetteer = buildGazetteer(
    PEOPLE.map((text) => ({ text, type: "PER" as const, sourceBit: 1 })),
    PLACES,
  );
  const trained = trainModel(
    docs.map((d) => annotatedToTrainDoc(d, 1)),
    gazetteer,
    clusters,
    { epochs: 2, buckets: 1 << 12, fallbackShare: 0 },
  );
  const shipped = parseModel(serializeModel(trained));
  const text = "Olga Berez visited Varna. Then Olga visited Lviv, and Varna again; Varna Varna Olga.";
  const check = (m: NerModel, lang: string, exact: boolean) => {
    const surfaces = text.match(/\p{L}+|[^\s\p{L}]/gu) ?? [];
    const sentenceStart = Uint8Array.from(surfaces, (_, i) => (i === 0 || surfaces[i - 1] === "." ? 1 : 0));
    const atoms = computeAtoms({ surfaces, sentenceStart, lang }, { gazetteer: m.gazetteer, excludedSources: 0, clusters: m.clusters });
    const reference = emissionsByFeature(m, atoms);
    // Twice: the first call fills the per-surface sums, the second reads them.
    for (let pass = 0; pass < 2; pass++) {
      const got = emissions(m, atoms);
      assert.equal(got.length, reference.length);
      for (let k = 0; k < got.length; k++) {
        const want = reference[k] ?? 0;
        if (exact) assert.equal(got[k], want, `${lang} pass ${pass} at ${k}`);
        else assert.ok(Math.abs((got[k] ?? 0) - want) <= 1e-4 * (1 + Math.abs(want)), `${lang} pass ${pass} at ${k}`);
      }
    }
  };
  for (const lang of ["en", "uk"]) {
    check(shipped, lang, true);
    check(trained, lang, false);
  }
});
