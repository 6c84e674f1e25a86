// Flag / environment / default precedence and validation of the shared CLI options.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  DEFAULT_DB_PATH,
  DEFAULT_MAX_BYTES,
  formatBytes,
  isIsoDateTime,
  parseCommandArgs,
  resolveDbPath,
  resolveJobs,
  resolveMaxBytes,
  resolveNow,
  SHARED_OPTIONS,
  UsageError,
} from "../../src/cli/options.ts";

test("options: flags win over CROSSNEWS_* variables, which win over defaults", () => {
  const env = { CROSSNEWS_DB: "env.db", CROSSNEWS_NOW: "2026-01-02", CROSSNEWS_MAX_BYTES: "1K", CROSSNEWS_JOBS: "3" };
  const cases: [string, unknown, unknown][] = [
    ["db flag", resolveDbPath("flag.db", env), "flag.db"],
    ["db env", resolveDbPath(undefined, env), "env.db"],
    ["db default", resolveDbPath(undefined, {}), DEFAULT_DB_PATH],
    ["now flag", resolveNow("2026-06-27T12:00:00Z", env), "2026-06-27T12:00:00Z"],
    ["now env", resolveNow(undefined, env), "2026-01-02"],
    ["now default", resolveNow(undefined, {}), undefined],
    ["max-bytes flag", resolveMaxBytes("20M", env), 20 * 1024 * 1024],
    ["max-bytes env", resolveMaxBytes(undefined, env), 1024],
    ["max-bytes default", resolveMaxBytes(undefined, {}), DEFAULT_MAX_BYTES],
    ["max-bytes plain", resolveMaxBytes("1500", {}), 1500],
    ["jobs flag", resolveJobs("1", env), 1],
    ["jobs env", resolveJobs(undefined, env), 3],
    ["empty env is unset", resolveDbPath(undefined, { CROSSNEWS_DB: "" }), DEFAULT_DB_PATH],
  ];
  for (const [name, actual, expected] of cases) assert.equal(actual, expected, name);
  assert.ok(resolveJobs(undefined, {}) >= 1);
});

test("options: bad values are usage errors", () => {
  const cases: [string, () => unknown][] = [
    ["now not a date", () => resolveNow("yesterday", {})],
    ["now impossible day", () => resolveNow("2026-02-31", {})],
    ["now from env", () => resolveNow(undefined, { CROSSNEWS_NOW: "soon" })],
    ["max-bytes zero", () => resolveMaxBytes("0", {})],
    ["max-bytes word", () => resolveMaxBytes("big", {})],
    ["jobs zero", () => resolveJobs("0", {})],
    ["jobs fraction", () => resolveJobs("1.5", {})],
    ["unknown flag", () => parseCommandArgs(["--nope"], SHARED_OPTIONS)],
    ["missing value", () => parseCommandArgs(["--now"], SHARED_OPTIONS)],
  ];
  for (const [name, run] of cases) assert.throws(run, UsageError, name);
});

test("options: ISO 8601 forms", () => {
  const cases: [string, boolean][] = [
    ["2026-06-27", true],
    ["2026-06-27T12:00", true],
    ["2026-06-27T12:00:05.123Z", true],
    ["2026-06-27T12:00:00+03:00", true],
    ["2026-06-27T12:00:00+0300", true],
    ["2026-13-01", false],
    ["27.06.2026", false],
    ["", false],
  ];
  for (const [value, expected] of cases) assert.equal(isIsoDateTime(value), expected, value);
});

test("options: formatBytes", () => {
  const cases: [number, string][] = [
    [512, "512 B"],
    [1536, "1.5 KB"],
    [3 * 1024 * 1024, "3 MB"],
    [20 * 1024 * 1024, "20 MB"],
  ];
  for (const [bytes, expected] of cases) assert.equal(formatBytes(bytes), expected);
});
