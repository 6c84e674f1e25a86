// Tests for src/text/memo.ts: the memos answer as the function does, remember undefined, and stay bounded.

import assert from "node:assert/strict";
import { test } from "node:test";
import { memoize2, TwoKeyMemo } from "../../src/text/memo.ts";

test("memo: two keys, each pair computed once, undefined remembered too", () => {
  const calls: string[] = [];
  const memo = new TwoKeyMemo<string, string | undefined>();
  const find = (word: string, lang: string) => {
    calls.push(`${lang}:${word}`);
    return word === "none" ? undefined : `${word}@${lang}`;
  };
  assert.equal(memo.get("uk", "Київ", find), "Київ@uk");
  assert.equal(memo.get("ru", "Київ", find), "Київ@ru");
  assert.equal(memo.get("uk", "Київ", find), "Київ@uk");
  assert.equal(memo.get("uk", "none", find), undefined);
  assert.equal(memo.get("uk", "none", find), undefined);
  assert.deepEqual(calls, ["uk:Київ", "ru:Київ", "uk:none"]);
});

test("memo: once full it starts afresh, and the answers stay the same", () => {
  let calls = 0;
  const upper = memoize2((a, b) => {
    calls++;
    return `${a}${b}`.toUpperCase();
  }, 3);
  for (const w of ["a", "b", "c", "d", "a"]) assert.equal(upper(w, "x"), `${w}X`.toUpperCase());
  // a, b, c fill it; d clears and enters; a is computed again.
  assert.equal(calls, 5);
  assert.equal(upper("d", "x"), "DX");
  assert.equal(calls, 5);
});
