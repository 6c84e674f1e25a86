// Timing and peak-memory helpers shared by the bench suites. Peak RSS is only meaningful per
// process, so a suite that compares two implementations runs each in a child process (measureChild).

import { spawnSync } from "node:child_process";

export interface Measurement {
  seconds: number;
  peakRssMb: number;
}

/** Run `node --import tsx <script> ...args` in a fresh process; the script prints JSON `{seconds, ...}` on its last line. */
export function measureChild(script: string, args: string[]): Measurement & Record<string, number> {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  const last = result.stdout.trim().split("\n").at(-1) ?? "{}";
  return JSON.parse(last) as Measurement & Record<string, number>;
}

/** For use inside a child script: the process's peak resident set so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
