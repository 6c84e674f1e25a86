// Builds the lexicon and the base-form model in memory from the permissive data under ../shared,
// optionally leaving topics out (for leave-one-topic-out evaluation). scripts/build-lexicon.ts writes them.

import { type EndingPrior, type LemmaModelData, learnLemmaModel, withoutRareReadings } from "../../src/entities/link/lemma-model.ts";
import { Lemmatizer } from "../../src/entities/link/lemmatizer.ts";
import type { LexiconData, LexiconEntity } from "../../src/entities/link/lexicon.ts";
import { splitPieces } from "../../src/entities/link/name-pieces.ts";
import { NAME_DECLENSION as NAME_DECLENSION_BE } from "../../src/lang-data/be/name-declension.ts";
import { SURNAME_DECLENSION as SURNAME_DECLENSION_UK } from "../../src/lang-data/uk/surname-declension.ts";
import { ENTITY_TYPES } from "../../src/model/doc.ts";
import { isPopulatedPlace, placesFromGeoNames } from "./from-geonames.ts";
import { peopleFromPhoenix } from "./from-phoenix.ts";
import { entitiesFromSlavicNer, mergePeopleByFullName, mergeSpellingVariants } from "./from-slavicner.ts";
import { LexiconBuilder } from "./merge.ts";
import { handNameWords } from "./name-words.ts";
import { readSlavicNer, slavicNerTopics } from "./slavicner.ts";
import { learnWordTranslations } from "./word-translations.ts";

export interface BuildOptions {
  /** ../shared (the folder holding eval/). */
  sharedDir: string;
  /** SlavicNER topics to leave out. */
  excludeTopics?: string[];
}

export interface BuiltLexicon {
  lexicon: LexiconData;
  lemmas: LemmaModelData;
  /** Gold ids of the SlavicNER topics used (to tell seen from unseen entities). */
  seenGoldIds: Set<string>;
}

const parsed = new Map<string, LexiconEntity[]>();

/** A gazetteer read once per process (leave-one-topic-out builds six lexicons), handed out as a fresh copy. */
function readOnce(path: string, read: (path: string) => LexiconEntity[]): LexiconEntity[] {
  let entities = parsed.get(path);
  if (!entities) {
    entities = read(path);
    parsed.set(path, entities);
  }
  return structuredClone(entities);
}

export function buildLexicon(options: BuildOptions): BuiltLexicon {
  const root = `${options.sharedDir}/eval/slavicner`;
  const exclude = new Set(options.excludeTopics ?? []);
  const topics = slavicNerTopics(root).filter((t) => !exclude.has(t));
  const mentions = readSlavicNer(root, topics);
  let cached: [LemmaModelData, Lemmatizer] | undefined;
  const priors: EndingPrior[] = [
    ...SURNAME_DECLENSION_UK.map(([ending, base]): EndingPrior => ({ lang: "uk", type: "PER", positions: ["1", "l"], ending, base })),
    // Belarusian has no annotated names: its rules are these endings alone, for every type and position.
    ...ENTITY_TYPES.flatMap((type) =>
      NAME_DECLENSION_BE.map(
        ([ending, base, votes]): EndingPrior => ({ lang: "be", type, positions: ["1", "f", "m", "l"], ending, base, votes }),
      ),
    ),
  ];
  const lemmas = learnLemmaModel(
    withoutRareReadings(mentions.filter((m) => !m.lemmaUnknown)),
    (model, s) => {
      if (!cached || cached[0] !== model) cached = [model, new Lemmatizer(model)];
      return cached[1].lemmatize(s.surface, s.type, s.lang);
    },
    priors,
  );
  const builder = new LexiconBuilder();
  for (const e of mergePeopleByFullName(mergeSpellingVariants(entitiesFromSlavicNer(mentions)))) builder.add(withEnglishAlias(e));
  const resources = `${options.sharedDir}/eval/resources`;
  const places = readOnce(`${resources}/geo-names`, placesFromGeoNames);
  const people = readOnce(`${resources}/events/Phoenix.Countries.actors.txt`, peopleFromPhoenix);
  addGazetteerVocab(lemmas, [...places, ...people]);
  for (const e of places) builder.merge(e, isPopulatedPlace(e));
  for (const e of people) builder.merge(e);
  const words = { ...learnWordTranslations(builder.entities), ...handNameWords() };
  return { lexicon: { version: 1, entities: builder.entities, words }, lemmas, seenGoldIds: new Set(mentions.map((m) => m.id)) };
}

/**
 * Gazetteer names are base forms too: their words join the known base-form words of their
 * language (English names serve every language written in Latin letters, see the lemmatizer).
 */
function addGazetteerVocab(lemmas: LemmaModelData, entities: readonly LexiconEntity[]): void {
  const words = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const [lang, aliases] of Object.entries(e.aliases)) {
      let w = words.get(lang);
      if (!w) {
        w = new Set((lemmas.vocab[lang] ?? "").split(" ").filter((x) => x !== ""));
        words.set(lang, w);
      }
      for (const [name] of aliases) for (const piece of splitPieces(name.normalize("NFC")).pieces) w.add(piece.toLowerCase());
    }
  }
  for (const [lang, w] of [...words].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lemmas.vocab[lang] = [...w].sort().join(" ");
}

/** The English name read from a SlavicNER id is also how English text writes it (`Theresa May`, `Kiev`). */
function withEnglishAlias(e: LexiconEntity): LexiconEntity {
  if (!/^[\p{Script=Latin}\d\s.'&-]+$/u.test(e.name) || e.aliases.en) return e;
  return { ...e, aliases: { ...e.aliases, en: [[e.name, 1]] } };
}
