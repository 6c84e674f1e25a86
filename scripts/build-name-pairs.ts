// Builds test/text/fixtures/name-pairs.tsv: base-form names of the same entity in two languages or scripts,
// grouped by SlavicNER's cross-lingual ids (../shared/eval/slavicner/ner), plus hand-written uk/ru/bg ↔ en pairs.
// Run: npx tsx scripts/build-name-pairs.ts   (reads ../shared or CROSSNEWS_SHARED; writes the TSV).

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, sharedPath } from "../eval/shared.ts";

type Lang = "uk" | "ru" | "bg" | "be" | "pl" | "cs" | "sl" | "en";
type Kind = "exact-translit" | "translation";
interface Pair {
  langA: Lang;
  nameA: string;
  langB: Lang;
  nameB: string;
  entity: string;
  kind: Kind;
}

/** Language pairs taken from SlavicNER: the East/South Slavic Cyrillic trio among themselves, and West/South Slavic Latin ↔ Cyrillic. */
const CYRILLIC: Lang[] = ["uk", "ru", "bg"];
const LATIN: Lang[] = ["pl", "cs", "sl"];
const LANG_PAIRS: [Lang, Lang][] = [
  ["uk", "ru"],
  ["uk", "bg"],
  ["ru", "bg"],
  ...LATIN.flatMap((l) => CYRILLIC.map((c): [Lang, Lang] => [c, l])),
];
/** Entity types in order of preference; ORG is kept for a smaller share of rows (it brings the lexical translations). */
const TYPE_RANK: Record<string, number> = { PER: 0, LOC: 1, ORG: 2 };
/** A base form must occur at least this many times in a language to count as that language's name for the entity. */
export const MIN_FORM_COUNT = 2;
/** At most this many SlavicNER rows per entity, so a few very frequent entities do not fill the table. */
export const MAX_ROWS_PER_ENTITY = 6;
/** At most this many ORG entities. */
export const MAX_ORG_ENTITIES = 40;
/** Loose forms farther apart than this share of their length are a translation even when their consonant skeletons agree. */
export const MAX_TRANSLIT_DISTANCE_SHARE = 0.3;

// --- the loose romanization used only to label rows exact-translit / translation ---

/** Cyrillic letters to a small phonemic alphabet: č š ž for the hushing sounds, c for ts, x for the velar fricative. */
const CYR: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  є: "je",
  ё: "e",
  ж: "ž",
  з: "z",
  и: "i",
  і: "i",
  ї: "ji",
  й: "j",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ў: "u",
  ф: "f",
  х: "x",
  ц: "c",
  ч: "č",
  ш: "š",
  щ: "šč",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "ju",
  я: "ja",
  "'": "",
  "’": "",
  ʼ: "",
};
/** Latin letters with diacritics to the same alphabet. */
const LAT: Record<string, string> = {
  ł: "l",
  w: "v",
  ć: "č",
  ś: "š",
  ź: "ž",
  ż: "ž",
  ř: "ž",
  ě: "e",
  ň: "n",
  ń: "n",
  ť: "t",
  ď: "d",
  q: "k",
};

/** Each language's spelling rules, applied before the letter table. */
function respell(s: string, lang: Lang): string {
  switch (lang) {
    case "uk":
      return s.replace(/г/g, "h");
    case "bg":
      return s.replace(/ъ/g, "a").replace(/щ/g, "št");
    case "pl":
      return s.replace(/sz/g, "š").replace(/cz/g, "č").replace(/rz/g, "ž").replace(/ch/g, "x");
    case "cs":
    case "sl":
      return s.replace(/ch/g, "x").replace(/h/g, lang === "sl" ? "x" : "h");
    case "en":
      return s
        .replace(/x/g, "ks")
        .replace(/shch/g, "šč")
        .replace(/ch/g, "č")
        .replace(/sh/g, "š")
        .replace(/zh/g, "ž")
        .replace(/kh/g, "x")
        .replace(/t[sz]/g, "c")
        .replace(/ph/g, "f")
        .replace(/th/g, "t")
        .replace(/ck/g, "k")
        .replace(/c(?=[eiy])/g, "s")
        .replace(/c/g, "k")
        .replace(/dj|j/g, "dž");
    default:
      return s;
  }
}

function romanize(name: string, lang: Lang): string {
  const s = respell(name.toLowerCase().normalize("NFC"), lang);
  let out = "";
  for (const ch of s) out += CYR[ch] ?? LAT[ch] ?? ch;
  return out;
}

/** Loose form: romanized, the velars h/x/g merged, y/j as i, other diacritics dropped, doubled letters collapsed. */
function loose(name: string, lang: Lang): string {
  return romanize(name, lang)
    .replace(/[hx]/g, "g")
    .replace(/[yj]/g, "i")
    .replace(/[čšž]/g, (c) => ({ č: "C", š: "S", ž: "Z" })[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-zA-Z ]/g, "")
    .replace(/(.)\1+/g, "$1")
    .trim();
}

function skeleton(form: string): string {
  return form.replace(/[aeiou]/g, "").replace(/(.)\1+/g, "$1");
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** A Czech or Slovak surname with the feminine -ová added to the other name (Голикова/Golikovová, Merkel/Merkelová): a derived form. */
function addsCzechFeminineSuffix(name: string, lang: Lang, extraLetters: number): boolean {
  return lang === "cs" && /ová$/u.test(name.normalize("NFC")) && extraLetters >= 2;
}

/** Same consonant skeleton and close loose forms: a transliteration key should bring the two together. */
export function isTransliterationPair(nameA: string, langA: Lang, nameB: string, langB: Lang): boolean {
  const a = loose(nameA, langA);
  const b = loose(nameB, langB);
  if (skeleton(a) !== skeleton(b)) return false;
  if (addsCzechFeminineSuffix(nameA, langA, a.length - b.length) || addsCzechFeminineSuffix(nameB, langB, b.length - a.length))
    return false;
  return editDistance(a, b) / Math.max(a.length, b.length) <= MAX_TRANSLIT_DISTANCE_SHARE;
}

// --- SlavicNER ---

interface EntityForms {
  type: string;
  total: number;
  forms: Map<Lang, Map<string, number>>;
}

function readSlavicNer(root: string): Map<string, EntityForms> {
  const entities = new Map<string, EntityForms>();
  for (const topic of readdirSync(root).sort()) {
    for (const lang of readdirSync(join(root, topic)).sort() as Lang[]) {
      for (const file of readdirSync(join(root, topic, lang)).sort()) {
        for (const line of readFileSync(join(root, topic, lang, file), "utf8").split("\n")) {
          const cols = line.split("\t");
          if (cols.length < 6) continue;
          const [, , , base, type, id] = cols;
          if (!(type in TYPE_RANK) || !isNameLike(base)) continue;
          const entity = entities.get(id) ?? { type, total: 0, forms: new Map() };
          const byLang = entity.forms.get(lang) ?? new Map<string, number>();
          byLang.set(base.trim(), (byLang.get(base.trim()) ?? 0) + 1);
          entity.forms.set(lang, byLang);
          entity.total++;
          entities.set(id, entity);
        }
      }
    }
  }
  return entities;
}

/** A proper name: starts with a capital letter, no digits, no brackets or initials-with-dots. */
function isNameLike(base: string): boolean {
  return /^\p{Lu}/u.test(base) && !/[\d().,/]/.test(base);
}

function tokenCount(s: string): number {
  return s.split(/[\s-]+/).length;
}

/** The best pair of forms for two languages: same number of words, most frequent together. */
function bestPair(a: Map<string, number>, b: Map<string, number>): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestScore = 0;
  for (const [fa, ca] of a) {
    if (ca < MIN_FORM_COUNT) continue;
    for (const [fb, cb] of b) {
      if (cb < MIN_FORM_COUNT || tokenCount(fa) !== tokenCount(fb)) continue;
      const score = Math.min(ca, cb) * 1000 + ca + cb;
      if (score > bestScore || (score === bestScore && best && fa + fb < best[0] + best[1])) {
        best = [fa, fb];
        bestScore = score;
      }
    }
  }
  return best;
}

function slavicNerPairs(entities: Map<string, EntityForms>): Pair[] {
  const ranked = [...entities.entries()].sort(
    ([ia, a], [ib, b]) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || b.total - a.total || ia.localeCompare(ib),
  );
  const pairs: Pair[] = [];
  let orgs = 0;
  for (const [id, entity] of ranked) {
    if (entity.type === "ORG" && orgs >= MAX_ORG_ENTITIES) continue;
    const rows: Pair[] = [];
    for (const [la, lb] of LANG_PAIRS) {
      const fa = entity.forms.get(la);
      const fb = entity.forms.get(lb);
      if (!fa || !fb) continue;
      const pair = bestPair(fa, fb);
      if (!pair || pair[0] === pair[1]) continue;
      const kind: Kind = isTransliterationPair(pair[0], la, pair[1], lb) ? "exact-translit" : "translation";
      rows.push({ langA: la, nameA: pair[0], langB: lb, nameB: pair[1], entity: id, kind });
    }
    if (rows.length === 0) continue;
    if (entity.type === "ORG") orgs++;
    pairs.push(...rows.slice(0, MAX_ROWS_PER_ENTITY));
  }
  return pairs;
}

// --- hand-written uk/ru/bg ↔ en pairs (English is not in SlavicNER); names are facts, spelled as the press spells them ---

const ENGLISH: [Lang, string, string, string][] = [
  ["uk", "Київ", "Kyiv", "GPE-Kiev"],
  ["uk", "Київ", "Kiev", "GPE-Kiev"],
  ["ru", "Киев", "Kiev", "GPE-Kiev"],
  ["bg", "Киев", "Kyiv", "GPE-Kiev"],
  ["uk", "Гостомель", "Hostomel", "GPE-Hostomel"],
  ["ru", "Гостомель", "Gostomel", "GPE-Hostomel"],
  ["uk", "Ірпінь", "Irpin", "GPE-Irpin"],
  ["ru", "Ирпень", "Irpen", "GPE-Irpin"],
  ["uk", "Буча", "Bucha", "GPE-Bucha"],
  ["uk", "Бородянка", "Borodianka", "GPE-Borodianka"],
  ["uk", "Мощун", "Moshchun", "GPE-Moshchun"],
  ["uk", "Харків", "Kharkiv", "GPE-Kharkiv"],
  ["ru", "Харьков", "Kharkov", "GPE-Kharkiv"],
  ["uk", "Одеса", "Odesa", "GPE-Odesa"],
  ["ru", "Одесса", "Odessa", "GPE-Odesa"],
  ["uk", "Чернігів", "Chernihiv", "GPE-Chernihiv"],
  ["uk", "Маріуполь", "Mariupol", "GPE-Mariupol"],
  ["uk", "Запоріжжя", "Zaporizhzhia", "GPE-Zaporizhzhia"],
  ["uk", "Мінськ", "Minsk", "GPE-Minsk"],
  ["bg", "Минск", "Minsk", "GPE-Minsk"],
  ["ru", "Москва", "Moscow", "GPE-Moscow"],
  ["uk", "Кишинів", "Chisinau", "GPE-Chisinau"],
  ["ru", "Кишинёв", "Chisinau", "GPE-Chisinau"],
  ["bg", "Истанбул", "Istanbul", "GPE-Istanbul"],
  ["uk", "Стамбул", "Istanbul", "GPE-Istanbul"],
  ["bg", "София", "Sofia", "GPE-Sofia"],
  ["uk", "Білорусь", "Belarus", "GPE-Belarus"],
  ["bg", "Беларус", "Belarus", "GPE-Belarus"],
  ["uk", "Німеччина", "Germany", "GPE-Germany"],
  ["uk", "Олександр Лукашенко", "Alexander Lukashenko", "PER-Alexander-Lukashenko"],
  ["ru", "Александр Лукашенко", "Alexander Lukashenko", "PER-Alexander-Lukashenko"],
  ["bg", "Александър Лукашенко", "Alexander Lukashenko", "PER-Alexander-Lukashenko"],
  ["uk", "Олександр Лукашенко", "Alyaksandr Lukashenka", "PER-Alexander-Lukashenko"],
  ["ru", "Владимир Путин", "Vladimir Putin", "PER-Vladimir-Putin"],
  ["bg", "Владимир Путин", "Vladimir Putin", "PER-Vladimir-Putin"],
  ["uk", "Володимир Путін", "Vladimir Putin", "PER-Vladimir-Putin"],
  ["uk", "Володимир Зеленський", "Volodymyr Zelensky", "PER-Volodymyr-Zelensky"],
  ["ru", "Владимир Зеленский", "Volodymyr Zelensky", "PER-Volodymyr-Zelensky"],
  ["bg", "Володимир Зеленски", "Volodymyr Zelensky", "PER-Volodymyr-Zelensky"],
  ["uk", "Михайло Подоляк", "Mykhailo Podolyak", "PER-Mykhailo-Podolyak"],
  ["ru", "Михаил Подоляк", "Mikhail Podolyak", "PER-Mykhailo-Podolyak"],
  ["uk", "Микола Маломуж", "Mykola Malomuzh", "PER-Mykola-Malomuzh"],
  ["ru", "Сергей Шойгу", "Sergei Shoigu", "PER-Sergei-Shoigu"],
  ["bg", "Сергей Шойгу", "Sergey Shoygu", "PER-Sergei-Shoigu"],
  ["ru", "Дмитрий Песков", "Dmitry Peskov", "PER-Dmitry-Peskov"],
  ["bg", "Дмитрий Песков", "Dmitriy Peskov", "PER-Dmitry-Peskov"],
  ["bg", "Ангела Меркел", "Angela Merkel", "PER-Angela-Merkel"],
  ["bg", "Еманюел Макрон", "Emmanuel Macron", "PER-Emmanuel-Macron"],
  ["uk", "Емманюель Макрон", "Emmanuel Macron", "PER-Emmanuel-Macron"],
  ["bg", "Шарл Мишел", "Charles Michel", "PER-Charles-Michel"],
  ["uk", "Мая Санду", "Maia Sandu", "PER-Maia-Sandu"],
  ["ru", "Реджеп Тайип Эрдоган", "Recep Tayyip Erdogan", "PER-Recep-Tayyip-Erdogan"],
  ["uk", "Кремль", "Kremlin", "ORG-Kremlin"],
  ["uk", "Росія", "Russia", "GPE-Russia"],
  ["bg", "Русия", "Russia", "GPE-Russia"],
  ["uk", "Україна", "Ukraine", "GPE-Ukraine"],
  ["bg", "Европейски съюз", "European Union", "ORG-European-Union"],
  ["uk", "Сполучені Штати", "United States", "GPE-USA"],
];

function englishPairs(): Pair[] {
  return ENGLISH.map(([lang, name, en, entity]) => ({
    langA: lang,
    nameA: name,
    langB: "en",
    nameB: en,
    entity,
    kind: isTransliterationPair(name, lang, en, "en") ? "exact-translit" : "translation",
  }));
}

function toTsv(pairs: Pair[]): string {
  const header = ["lang_a", "name_a", "lang_b", "name_b", "entity", "kind"].join("\t");
  const rows = pairs.map((p) => [p.langA, p.nameA, p.langB, p.nameB, p.entity, p.kind].join("\t"));
  return [header, ...rows].join("\n") + "\n";
}

function main(): void {
  const entities = readSlavicNer(sharedPath("eval", "slavicner", "ner"));
  const pairs = [...slavicNerPairs(entities), ...englishPairs()];
  const out = join(REPO_ROOT, "test", "text", "fixtures", "name-pairs.tsv");
  writeFileSync(out, toTsv(pairs));
  const translit = pairs.filter((p) => p.kind === "exact-translit").length;
  console.log(`${out}: ${pairs.length} pairs (${translit} exact-translit, ${pairs.length - translit} translation)`);
}

main();
