// npm run smoke: the seed smoke check CI runs. `crossnews analyze ../shared/seeds/*.txt` must exit 0 with one
// valid schema-1 line per seed; then every SlavicNER raw document must come out as a valid article too.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { REPO_ROOT, sharedPath } from "../eval/shared.ts";
import { articleProblems } from "../src/model/validate.ts";

const BIN = join(REPO_ROOT, "bin", "crossnews.js");
const EXPECTED_SEEDS = 5;

interface Check {
  name: string;
  args: string[];
  expected: number;
}

function listTxt(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(dir, f));
}

/** Run one analyze check; returns the failures (empty when it passed). */
function runCheck(check: Check): string[] {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, "analyze", ...check.args], { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const failures: string[] = [];
  if (result.status !== 0)
    failures.push(`exit code ${result.status}, stderr:\n${result.stderr.trim().split("\n").slice(0, 10).join("\n")}`);
  const lines = (result.stdout ?? "").split("\n").filter((l) => l !== "");
  if (lines.length !== check.expected) failures.push(`${lines.length} lines, expected ${check.expected}`);
  let invalid = 0;
  for (const [i, line] of lines.entries()) {
    let problems: string[];
    try {
      problems = articleProblems(JSON.parse(line));
    } catch (error) {
      problems = [`not JSON: ${(error as Error).message}`];
    }
    if (problems.length > 0 && invalid++ < 5) failures.push(`line ${i + 1}: ${problems.slice(0, 3).join("; ")}`);
  }
  if (invalid > 5) failures.push(`…and ${invalid - 5} more invalid lines`);
  const status = failures.length === 0 ? "ok" : "FAILED";
  console.log(
    `smoke: ${check.name}: ${status} (${lines.length} articles, ${seconds.toFixed(1)} s, ${(lines.length / seconds).toFixed(1)} articles/s)`,
  );
  for (const f of failures) console.log(`  ${f}`);
  return failures;
}

function main(): number {
  const seeds = sharedPath("seeds");
  if (!existsSync(seeds)) {
    console.log(`smoke: skipped: ${seeds} is missing (the shared data is not beside the repository; set CROSSNEWS_SHARED to point at it)`);
    return 0;
  }
  const checks: Check[] = [
    {
      name: "analyze ../shared/seeds/*.txt",
      args: listTxt(seeds)
        .filter((f) => !relative(seeds, f).includes("/"))
        .sort(),
      expected: EXPECTED_SEEDS,
    },
  ];
  const slavicner = sharedPath("eval", "slavicner", "raw");
  if (existsSync(slavicner))
    checks.push({ name: "analyze ../shared/eval/slavicner/raw", args: [slavicner], expected: listTxt(slavicner).length });
  else console.log(`smoke: SlavicNER check skipped: ${slavicner} is missing`);
  const failed = checks.filter((c) => runCheck(c).length > 0);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = main();
