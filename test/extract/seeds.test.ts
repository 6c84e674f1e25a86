// Every extraction check of ../shared/eval/seeds/gold.json holds for all five sample pages.

import assert from "node:assert/strict";
import { test } from "node:test";
import { checkAllSeeds } from "../../eval/suites/seeds.ts";
import { needsShared } from "../helpers/shared.ts";

const skip = needsShared("eval", "seeds", "gold.json").skip ?? needsShared("seeds").skip;

test("extract seeds: every gold extraction check passes", { skip }, () => {
  const failed = checkAllSeeds().filter((c) => !c.pass);
  assert.deepEqual(
    failed.map((c) => `${c.file} ${c.check}: ${c.detail}`),
    [],
  );
});
