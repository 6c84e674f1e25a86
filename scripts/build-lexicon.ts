// npm run train -- lexicon (or tsx scripts/build-lexicon.ts): builds resources/lexicon/ from the
// permissive data under ../shared (see resources/lexicon/README.md for provenance and licences).

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { REPO_ROOT, SHARED_DIR } from "../eval/shared.ts";
import { compileLexicon } from "../src/entities/link/compiled-lexicon.ts";
import { packLemmaModel } from "../src/entities/link/lemma-file.ts";
import { LEMMA_RULES_FILE, LEXICON_FILE } from "../src/entities/link/shipped.ts";
import { buildLexicon } from "./lexicon/build.ts";

export async function buildLexiconResources(_args: string[] = []): Promise<void> {
  const started = performance.now();
  const built = buildLexicon({ sharedDir: SHARED_DIR });
  const dir = join(REPO_ROOT, "resources", "lexicon");
  mkdirSync(dir, { recursive: true });
  const lexicon = gzipSync(compileLexicon(built.lexicon), { level: 9 });
  const rules = packLemmaModel(built.lemmas);
  writeFileSync(join(dir, LEXICON_FILE), lexicon);
  writeFileSync(join(dir, LEMMA_RULES_FILE), rules);
  const tables = Object.keys(built.lemmas.tables).length;
  console.log(
    `lexicon: ${built.lexicon.entities.length} entities (${(lexicon.length / 1e6).toFixed(2)} MB), ` +
      `base-form rules: ${tables} tables (${(rules.length / 1e6).toFixed(2)} MB), ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await buildLexiconResources(process.argv.slice(2));
