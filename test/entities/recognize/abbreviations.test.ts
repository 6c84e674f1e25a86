import assert from "node:assert/strict";
import { test } from "node:test";
import { takeAbbreviationDots } from "../../../src/entities/recognize/abbreviations.ts";
import { tokenize } from "../../../src/entities/recognize/tokenize.ts";
import { spanOf } from "./span-fixture.ts";

const CASES: { text: string; span: string; expected: string }[] = [
  // A name-final abbreviation takes its dot, as the annotators write it.
  { text: "Wyjazd do Irlandii Płn. w maju.", span: "Irlandii Płn", expected: "Irlandii Płn." },
  { text: "Shares of Zorbex Ltd. fell.", span: "Zorbex Ltd", expected: "Zorbex Ltd." },
  // The sentence's own full stop after a name, and a dot after a space, stay out.
  { text: "Przyjechał do Gdańska.", span: "Gdańska", expected: "Gdańska" },
  { text: "Shares of Zorbex Ltd . fell.", span: "Zorbex Ltd", expected: "Zorbex Ltd" },
];

test("abbreviations: a span ending in a name-final abbreviation takes the dot right after it", () => {
  for (const c of CASES) {
    const tokens = tokenize(c.text);
    const [out] = takeAbbreviationDots(c.text, tokens, [spanOf(c.text, tokens, c.span, "LOC")]);
    assert.equal(out?.surface, c.expected, c.text);
    assert.equal(out?.surface, c.text.slice(out?.start, out?.end));
    assert.equal(tokens[(out?.tokenEnd ?? 0) - 1]?.end, out?.end);
  }
});
