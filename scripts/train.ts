// npm run train -- <model> [flags]: builds a trained artefact under resources/. One line per model.

import { buildLexiconResources } from "./build-lexicon.ts";
import { trainEntities } from "./train-entities.ts";

const TRAINERS: Record<string, (args: string[]) => Promise<void>> = {
  entities: trainEntities,
  lexicon: buildLexiconResources,
};

const [name, ...args] = process.argv.slice(2);
const trainer = name ? TRAINERS[name] : undefined;
if (!trainer) {
  console.error(`usage: npm run train -- <${Object.keys(TRAINERS).join("|")}> [flags]`);
  process.exit(2);
}
await trainer(args);
