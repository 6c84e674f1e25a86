// Lexicon places from the GeoNames and ISO 3166 tables under ../shared/eval/resources/geo-names
// (countries, cities and first-level regions with English, Ukrainian, Russian, Bulgarian and
// Belarusian names).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AliasData, LexiconEntity } from "../../src/entities/link/lexicon.ts";
import { displayName, NAME_LIST_SEPARATOR } from "../../src/entities/link/name-pieces.ts";

/** Alias weight of a gazetteer name: below one mention in annotated news, more for bigger places. */
export function placeWeight(population: number): number {
  return 0.5 + Math.log10(1 + Math.max(0, population)) / 20;
}

/** A country or a place with a population: its English name may name the entity it joins. */
export function isPopulatedPlace(e: LexiconEntity): boolean {
  const weights = Object.values(e.aliases).flatMap((list) => list.map((a) => a[1]));
  return Math.max(0, ...weights) > placeWeight(0);
}

function readTsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, "utf8").split("\n");
  const cols = head.split("\t");
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const f = l.split("\t");
      return Object.fromEntries(cols.map((c, i) => [c, (f[i] ?? "").trim()]));
    });
}

function place(id: string, name: string, names: Record<string, string[]>, weight: number): LexiconEntity | undefined {
  const aliases: Record<string, AliasData[]> = {};
  for (const [lang, list] of Object.entries(names)) {
    // i18n fields list alternative spellings: `Russian Federation|Russia`.
    const uniq = [
      ...new Set(
        list
          .flatMap((n) => n.split(NAME_LIST_SEPARATOR))
          .map((n) => n.trim())
          .filter((n) => n !== ""),
      ),
    ];
    if (uniq.length > 0) aliases[lang] = uniq.map((n) => [n, weight] as AliasData);
  }
  if (name === "" || Object.keys(aliases).length === 0) return undefined;
  return { id, name, type: "LOC", aliases };
}

/** Countries, then populated places by population, then regions: the order in which they merge. */
export function placesFromGeoNames(dir: string): LexiconEntity[] {
  const out: LexiconEntity[] = [];
  for (const r of readTsv(join(dir, "countries_en_uk_ru_bg.tsv"))) {
    const name = displayName(r.iso_common_en || r.i18n_en || r.iso_name_en);
    const e = place(
      `cn:iso-${r.alpha2.toLowerCase()}`,
      name,
      {
        en: [r.i18n_en, r.iso_common_en, r.iso_name_en, r.iso_official_en],
        uk: [r.i18n_uk, r.iso_name_uk, r.iso_official_uk],
        ru: [r.i18n_ru, r.iso_name_ru, r.iso_official_ru],
        bg: [r.i18n_bg, r.iso_name_bg, r.iso_official_bg],
        be: [r.i18n_be],
      },
      placeWeight(1e8),
    );
    if (e) out.push(e);
  }
  const cities = readTsv(join(dir, "geonames_cities_en_uk_ru_bg.tsv"))
    .map((r) => ({ r, pop: Number(r.population) || 0 }))
    .sort((a, b) => b.pop - a.pop || (a.r.geonameid < b.r.geonameid ? -1 : 1));
  for (const { r, pop } of cities) {
    const id = `cn:gn-${r.geonameid.toLowerCase().replace(/[^a-z0-9]+/gu, "-")}`;
    const en = r.en || r.ascii_name;
    const e = place(id, en, { en: [en, r.ascii_name], uk: [r.uk], ru: [r.ru], bg: [r.bg], be: [r.be] }, placeWeight(pop));
    if (e) out.push(e);
  }
  for (const r of readTsv(join(dir, "subdivisions_en_uk_ru_bg.tsv"))) {
    const e = place(`cn:iso-${r.code.toLowerCase()}`, r.name_en, { en: [r.name_en], uk: [r.uk], ru: [r.ru], bg: [r.bg] }, placeWeight(0));
    if (e) out.push(e);
  }
  return out;
}
