// Place names from the GeoNames and ISO 3166 lists in ../shared/eval/resources/geo-names (countries,
// subdivisions, cities with their en/uk/ru/bg/be names), for the recognizer's gazetteer.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Cities below this population are left out (small places collide with common words). */
export const MIN_CITY_POPULATION = 15000;

function rows(path: string): string[][] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .slice(1)
    .map((l) => l.split("\t"));
}

/** Every place name of the lists (deduplicated, any script). */
export function readPlaceNames(dir: string): string[] {
  const names = new Set<string>();
  const add = (s: string | undefined) => {
    const v = s?.trim();
    if (v && v.length > 1) names.add(v);
  };
  for (const r of rows(join(dir, "countries_en_uk_ru_bg.tsv"))) for (const v of r.slice(2)) add(v);
  for (const r of rows(join(dir, "subdivisions_en_uk_ru_bg.tsv"))) for (const v of r.slice(2)) add(v);
  for (const r of rows(join(dir, "geonames_cities_en_uk_ru_bg.tsv"))) {
    const population = Number(r[2] || "0");
    if (r[2] !== "" && population < MIN_CITY_POPULATION) continue;
    for (const v of r.slice(4)) add(v);
  }
  return [...names];
}
