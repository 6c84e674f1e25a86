// npm run eval [suite...] [-- args]: runs the suites in eval/suites/, prints their tables, and checks
// the figures against the floors pinned in eval/baseline.json (eval/gate.ts).

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { checkFloors } from "./gate.ts";
import { missingShared, REPO_ROOT } from "./shared.ts";
import type { EvalSuite } from "./suite.ts";
import { renderTable } from "./table.ts";

async function loadSuites(): Promise<EvalSuite[]> {
  const dir = join(REPO_ROOT, "eval", "suites");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const suites: EvalSuite[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { suite?: EvalSuite };
    if (mod.suite) suites.push(mod.suite);
  }
  return suites;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const names = argv.filter((a) => !a.startsWith("-"));
  const flags = argv.filter((a) => a.startsWith("-"));
  const all = await loadSuites();
  const unknown = names.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length > 0) {
    console.error(`eval: unknown suite ${unknown.join(", ")} (have: ${all.map((s) => s.name).join(", ")})`);
    process.exit(2);
  }
  const chosen = names.length > 0 ? all.filter((s) => names.includes(s.name)) : all;
  const metrics: Record<string, number> = {};
  for (const suite of chosen) {
    const missing = missingShared(suite.requires);
    if (missing.length > 0) {
      console.log(`## ${suite.name}: skipped, data missing: ${missing.map((m) => `../shared/${m}`).join(", ")}\n`);
      continue;
    }
    const started = performance.now();
    const result = await suite.run(flags);
    console.log(`## ${suite.name}: ${suite.description} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    for (const table of result.tables) console.log(`${renderTable(table)}\n`);
    for (const note of result.notes ?? []) console.log(`- ${note}`);
    if (result.notes?.length) console.log("");
    Object.assign(metrics, result.metrics);
  }
  const failures = checkFloors(metrics);
  for (const f of failures) console.log(`below floor: ${f}`);
  if (failures.length > 0 && !flags.includes("--no-gate")) process.exit(1);
}

await main();
