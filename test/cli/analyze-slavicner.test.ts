// `analyze` emits a valid schema-1 object for every SlavicNER raw document (run on the worker pool).
// Skipped when ../shared/eval/slavicner is not beside the repository.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { articleProblems } from "../../src/model/validate.ts";
import { needsShared, sharedPath } from "../helpers/shared.ts";

const BIN = fileURLToPath(new URL("../../bin/crossnews.js", import.meta.url));

test("analyze: every SlavicNER document gives a valid schema-1 article", needsShared("eval", "slavicner", "raw"), () => {
  const raw = sharedPath("eval", "slavicner", "raw");
  const files = readdirSync(raw, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt"));
  const result = spawnSync(process.execPath, [BIN, "analyze", raw], { encoding: "utf8", maxBuffer: 1 << 30 });
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.split("\n").filter((l) => l !== "");
  assert.equal(lines.length, files.length);
  const invalid = lines.map((l) => articleProblems(JSON.parse(l))).filter((p) => p.length > 0);
  assert.deepEqual(invalid.slice(0, 3), []);
  const paths = new Set(lines.map((l) => (JSON.parse(l) as { source: { path: string } }).source.path));
  for (const f of files) assert.ok(paths.has(join(raw, f)), f);
});
