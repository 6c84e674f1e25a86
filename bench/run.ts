// npm run bench [suite...]: runs bench/suites/*.ts and prints their tables.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { missingShared, REPO_ROOT } from "../eval/shared.ts";
import { renderTable } from "../eval/table.ts";
import type { BenchSuite } from "./suite.ts";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const names = argv.filter((a) => !a.startsWith("-"));
  const flags = argv.filter((a) => a.startsWith("-"));
  const dir = join(REPO_ROOT, "bench", "suites");
  const suites: BenchSuite[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { bench?: BenchSuite };
    if (mod.bench) suites.push(mod.bench);
  }
  const unknown = names.filter((n) => !suites.some((s) => s.name === n));
  if (unknown.length > 0) {
    console.error(`bench: unknown suite ${unknown.join(", ")} (have: ${suites.map((s) => s.name).join(", ")})`);
    process.exit(2);
  }
  for (const suite of names.length > 0 ? suites.filter((s) => names.includes(s.name)) : suites) {
    const missing = missingShared(suite.requires);
    if (missing.length > 0) {
      console.log(`## ${suite.name}: skipped, data missing: ${missing.map((m) => `../shared/${m}`).join(", ")}\n`);
      continue;
    }
    console.log(`## ${suite.name}: ${suite.description}\n`);
    for (const table of await suite.run(flags)) console.log(`${renderTable(table)}\n`);
  }
}

await main();
