// A recognized span over the `nth` occurrence of `surface` in `text`, as the model would give it.

import assert from "node:assert/strict";
import type { TagType } from "../../../src/entities/recognize/labels.ts";
import type { RecognizedSpan } from "../../../src/entities/recognize/recognize.ts";
import type { RecToken } from "../../../src/entities/recognize/tokenize.ts";

export function spanOf(text: string, tokens: readonly RecToken[], surface: string, type: TagType, score = 0.9, nth = 0): RecognizedSpan {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(surface, start + 1);
  const end = start + surface.length;
  const tokenStart = tokens.findIndex((t) => t.start === start);
  const tokenEnd = tokens.findIndex((t) => t.end === end) + 1;
  assert.ok(start >= 0 && tokenStart >= 0 && tokenEnd > tokenStart, `fixture: ${surface} is not whole tokens of ${text}`);
  return { start, end, surface, type, score, tokenStart, tokenEnd, source: "model" };
}
