// npm test: runs every test/**/*.test.ts with node's built-in runner through tsx. Node 20's
// `--test` takes no glob patterns, so the files are listed here. Extra arguments filter by path.

import { spawnSync } from "node:child_process";
import { glob } from "tinyglobby";

const filters = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("-"));
const files = (await glob(["test/**/*.test.ts"], { ignore: ["**/node_modules/**"] })).sort();
const chosen = filters.length > 0 ? files.filter((f) => filters.some((p) => f.includes(p))) : files;
if (chosen.length === 0) {
  console.error(`test: no test files match ${filters.join(" ") || "test/**/*.test.ts"}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...flags, ...chosen], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
