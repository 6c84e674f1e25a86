// Words that make a name an organization's wherever it is reported: the designators companies carry in
// their own (mostly English or German) names, which news in every language keeps as written ("Qatar
// Airways", "Sinovac Biotech", "Lufthansa Group"). Lowercase; read by the entity recognizer.

export const ORGANIZATION_NAME_WORDS: readonly string[] = [
  "airways",
  "airlines",
  "airline",
  "biotech",
  "pharma",
  "pharmaceuticals",
  "group",
  "holding",
  "holdings",
  "inc",
  "ltd",
  "plc",
  "llc",
  "gmbh",
  "corp",
  "corporation",
  "technologies",
  "bank",
  "bancorp",
];
