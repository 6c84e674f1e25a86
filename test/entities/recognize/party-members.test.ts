// Lowercase plurals for the members of parties are people (PER), added where the model found nothing.

import assert from "node:assert/strict";
import { test } from "node:test";
import { computeAtoms } from "../../../src/entities/recognize/features.ts";
import { addPartyMembers, partyMemberForms } from "../../../src/entities/recognize/party-members.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

function capsOf(text: string, lang: string): Uint8Array {
  const tokens = tokenize(text);
  const atoms = computeAtoms(
    { surfaces: tokens.map((t) => t.surface), sentenceStart: Uint8Array.from(tokens, (t) => (t.sentenceStart ? 1 : 0)), lang },
    { gazetteer: { tokens: new Map(), phrases: new Map() }, excludedSources: 0 },
  );
  return atoms.cap;
}

test("party-members: lowercase member plurals become PER; singulars, capitals, hyphenated words and covered tokens do not", () => {
  const cases: { text: string; lang: string; covered?: string; expected: string[] }[] = [
    { text: "Консерваторите и лейбъристите гласуваха, а торите мълчаха.", lang: "bg", expected: ["лейбъристите", "торите"] },
    { text: "Голоса республиканцев и демократов разделились.", lang: "ru", expected: ["республиканцев", "демократов"] },
    { text: "Poslanci labouristů a konzervativci odmítli dohodu.", lang: "cs", expected: ["labouristů", "konzervativci"] },
    { text: "Posłowie torysów i laburzyści głosowali.", lang: "pl", expected: ["torysów", "laburzyści"] },
    { text: "Один демократ и социал-демократы спорили.", lang: "ru", expected: [] },
    { text: "Лидер демократов выступил.", lang: "ru", covered: "демократов", expected: ["демократов"] },
    { text: "The democrats voted.", lang: "en", expected: [] },
  ];
  for (const c of cases) {
    const tokens = tokenize(c.text);
    const spans = c.covered ? [spanOf(c.text, tokens, c.covered, "ORG")] : [];
    const out = addPartyMembers(c.text, tokens, capsOf(c.text, c.lang), spans, c.lang);
    assert.deepEqual(
      out.map((s) => s.surface),
      c.expected,
      c.text,
    );
    for (const s of out) if (s !== spans[0]) assert.equal(s.type, "PER", c.text);
  }
  assert.equal(partyMemberForms("xx"), undefined);
});
