// Builds the recognizer's gazetteer from training annotations (surfaces and base forms, each tagged
// with its topic's source bit) and external place lists (always on).

import { addName, EXTERNAL_SOURCE_BIT, emptyGazetteer, type Gazetteer } from "../gazetteer.ts";
import { ENTITY_TAG_TYPES, type TagType } from "../labels.ts";
import { tokenize } from "../tokenize.ts";

export interface GazetteerName {
  text: string;
  type: TagType;
  sourceBit: number;
}

function words(text: string): string[] {
  return tokenize(text)
    .map((t) => t.surface)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function buildGazetteer(names: GazetteerName[], places: string[]): Gazetteer {
  const gaz = emptyGazetteer();
  for (const n of names) addName(gaz, words(n.text), ENTITY_TAG_TYPES.indexOf(n.type), n.sourceBit);
  const loc = ENTITY_TAG_TYPES.indexOf("LOC");
  for (const p of places) addName(gaz, words(p), loc, EXTERNAL_SOURCE_BIT);
  return gaz;
}
