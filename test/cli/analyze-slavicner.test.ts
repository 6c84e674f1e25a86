// `analyze` emits valid schema-1 objects for SlavicNER raw documents: here the first documents of every
// topic × language folder (a quick cross-section); `npm run smoke` checks all ~4300 on the worker pool.
// Skipped when ../shared/eval/slavicner is not beside the repository.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { articleProblems } from "../../src/model/validate.ts";
import { needsShared, sharedPath } from "../helpers/shared.ts";

const BIN = fileURLToPath(new URL("../../bin/crossnews.js", import.meta.url));
/** Documents taken from each topic × language folder. */
const PER_FOLDER = 2;

test(
  "analyze: SlavicNER documents of every topic and language give valid schema-1 articles",
  needsShared("eval", "slavicner", "raw"),
  () => {
    const raw = sharedPath("eval", "slavicner", "raw");
    const byFolder = new Map<string, string[]>();
    for (const f of readdirSync(raw, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const folder = byFolder.get(dirname(f)) ?? [];
      if (folder.length < PER_FOLDER) folder.push(join(raw, f));
      byFolder.set(dirname(f), folder);
    }
    const files = [...byFolder.values()].flat();
    assert.ok(files.length >= 20, `only ${files.length} documents found`);
    const result = spawnSync(process.execPath, [BIN, "analyze", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.split("\n").filter((l) => l !== "");
    assert.deepEqual(
      lines.map((l) => (JSON.parse(l) as { source: { path: string } }).source.path),
      files,
    );
    const invalid = lines.map((l, i) => [files[i], articleProblems(JSON.parse(l))] as const).filter(([, p]) => p.length > 0);
    assert.deepEqual(invalid.slice(0, 3), []);
  },
);
