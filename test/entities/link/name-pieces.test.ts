// Name pieces: words and separators round-trip, and case carries over to rewritten words.

import assert from "node:assert/strict";
import { test } from "node:test";
import { displayName, isAllCaps, joinPieces, restoreCase, splitPieces } from "../../../src/entities/link/name-pieces.ts";

const SPLITS: { name: string; pieces: string[] }[] = [
  { name: "Жан-Клод Юнкер", pieces: ["Жан", "Клод", "Юнкер"] },
  { name: "«Північний потік-2»", pieces: ["Північний", "потік", "2"] },
  { name: "O'Brien", pieces: ["O'Brien"] },
  { name: "  ", pieces: [] },
];

test("name-pieces: split into words and join back unchanged", () => {
  for (const c of SPLITS) {
    const parts = splitPieces(c.name);
    assert.deepEqual(parts.pieces, c.pieces, c.name);
    assert.equal(joinPieces(parts), c.name, c.name);
  }
});

const CASES: { surface: string; lemma: string; expected: string }[] = [
  { surface: "Петрова", lemma: "петров", expected: "Петров" },
  { surface: "НАТО", lemma: "нато", expected: "НАТО" },
  { surface: "McCaina", lemma: "mccain", expected: "McCain" },
  { surface: "лондона", lemma: "лондон", expected: "лондон" },
];

test("name-pieces: restoreCase follows the surface", () => {
  for (const c of CASES) assert.equal(restoreCase(c.surface, c.lemma), c.expected, c.surface);
  assert.equal(isAllCaps("ЕС"), true);
  assert.equal(isAllCaps("Ес"), false);
  assert.equal(isAllCaps("5"), false);
});

const DISPLAY: { name: string; expected: string }[] = [
  { name: "Kingdom of Ruritania|Ruritania", expected: "Ruritania" },
  { name: "United Provinces|UP|U.P.|Provinces (United)", expected: "United Provinces" },
  { name: "ABC|DEF", expected: "ABC" },
  { name: "Plain Name", expected: "Plain Name" },
];

test("name-pieces: displayName picks one common name from a list of alternatives", () => {
  for (const c of DISPLAY) assert.equal(displayName(c.name), c.expected, c.name);
});
