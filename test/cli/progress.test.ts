// progress: the line shows count, share, rate and ETA; nothing is drawn when the stream is not a TTY.

import assert from "node:assert/strict";
import { test } from "node:test";
import { createProgress, formatDuration, progressLine } from "../../src/cli/progress.ts";

const LINES: { name: string; got: () => string; want: string }[] = [
  {
    name: "known total: bar, share, rate and ETA",
    got: () => progressLine("ingest", 100, 400, 2000),
    want: "ingest [██████░░░░░░░░░░░░░░░░░░] 100/400 25% · 50.0/s · ETA 0:06",
  },
  { name: "unknown total: count and rate only", got: () => progressLine("ingest", 250, undefined, 1000), want: "ingest 250 · 250/s" },
  {
    name: "nothing done yet: ETA unknown",
    got: () => progressLine("ingest", 0, 10, 0),
    want: "ingest [░░░░░░░░░░░░░░░░░░░░░░░░] 0/10 0% · 0.0/s · ETA ?",
  },
  { name: "durations over an hour", got: () => formatDuration(3725), want: "1:02:05" },
];

for (const c of LINES) test(`progress: ${c.name}`, () => assert.equal(c.got(), c.want));

const STREAMS: { name: string; isTTY: boolean; force?: boolean; drawn: boolean }[] = [
  { name: "a pipe gets nothing", isTTY: false, drawn: false },
  { name: "a TTY gets the line, then it is cleared", isTTY: true, drawn: true },
  { name: "force draws on a pipe (tests)", isTTY: false, force: true, drawn: true },
];

for (const c of STREAMS) {
  test(`progress: ${c.name}`, () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress({
      label: "x",
      total: 3,
      stream: { isTTY: c.isTTY, write: (s) => out.push(s) },
      force: c.force,
      clock: () => now,
    });
    now = 500;
    p.tick();
    p.finish();
    assert.equal(out.length > 0, c.drawn);
    if (c.drawn) {
      assert.match(out[0], /^\rx \[.*\] 1\/3 33% · 2\.0\/s · ETA 0:01\u001b\[K$/);
      assert.equal(out.at(-1), "\r\u001b[K");
    }
  });
}
