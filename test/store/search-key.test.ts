// search-key: query parsing into FTS5 MATCH expressions and the excerpt around the first match.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseQuery, snippetOf, tokenKey } from "../../src/store/search-key.ts";

const QUERIES: { name: string; text: string; match: string | null }[] = [
  { name: "no words, no query", text: " ,;- ", match: null },
  {
    name: "one word: title, text, or its key (prefix once the key is long enough)",
    text: "Москва",
    match: `(title : "москва" OR text : "москва" OR key : "${tokenKey("Москва")}" *)`,
  },
  { name: "a short key matches exactly", text: "Putin", match: `(title : "putin" OR text : "putin" OR key : "${tokenKey("Putin")}")` },
  { name: "quotes and operators are plain text", text: '"OR"', match: `(title : "or" OR text : "or" OR key : "${tokenKey("OR")}")` },
];

for (const q of QUERIES) test(`parseQuery: ${q.name}`, () => assert.equal(parseQuery(q.text).match, q.match));

const TEXT = `${"Вступ до новини. ".repeat(10)}Потім Путіна запитали про газ. ${"Кінець тексту тут. ".repeat(10)}`;

const SNIPPETS: { name: string; text: string; keys: string[]; check(s: string): void }[] = [
  {
    name: "centred on the first token whose key matches, cut at spaces",
    text: TEXT,
    keys: [tokenKey("Putin")],
    check: (s) => {
      assert.match(s, /^….*Путіна запитали.*…$/);
      assert.ok(s.length <= 2 * 80 + 20);
    },
  },
  { name: "the start of the text when nothing matches", text: TEXT, keys: ["zzzz"], check: (s) => assert.match(s, /^Вступ до новини\./) },
  { name: "a short text whole", text: "Putin spoke.", keys: [tokenKey("Putin")], check: (s) => assert.equal(s, "Putin spoke.") },
];

for (const c of SNIPPETS) test(`snippetOf: ${c.name}`, () => c.check(snippetOf(c.text, c.keys)));
