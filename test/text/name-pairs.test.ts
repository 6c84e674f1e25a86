// Table-driven test of matchKey on names of one entity across uk/ru/bg/en (and pl/cs/sl): the team's SlavicNER
// pair fixture plus hand-written pairs; also measures how often names of different entities share a key.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { matchKey } from "../../src/text/key.ts";

const FIXTURE = new URL("./fixtures/name-pairs.tsv", import.meta.url);

/** Share of the fixture's `exact-translit` pairs that must meet (the rest are listed in the failure message). */
export const EXACT_PAIR_MIN_SHARE = 0.99;
/** Largest share of pairs of distinct names of different entities allowed to collide. */
export const COLLISION_MAX_SHARE = 0.001;

/** Hand-written pairs (base forms): [lang, name, lang, name]. */
const HAND_PAIRS: readonly (readonly [string, string, string, string])[] = [
  ["uk", "Київ", "en", "Kyiv"],
  ["ru", "Киев", "en", "Kiev"],
  ["uk", "Київ", "ru", "Киев"],
  ["uk", "Гостомель", "en", "Hostomel"],
  ["ru", "Гостомель", "en", "Gostomel"],
  ["uk", "Олександр Лукашенко", "en", "Alexander Lukashenko"],
  ["ru", "Александр Лукашенко", "en", "Aleksandr Lukashenko"],
  ["be", "Аляксандр Лукашэнка", "en", "Alyaksandr Lukashenka"],
  ["uk", "Володимир Путін", "ru", "Владимир Путин"],
  ["uk", "Володимир Зеленський", "en", "Volodymyr Zelensky"],
  ["ru", "Владимир Зеленский", "en", "Volodymyr Zelenskyy"],
  ["bg", "Володимир Зеленски", "en", "Volodymyr Zelenskyi"],
  ["uk", "Михайло Подоляк", "en", "Mykhailo Podolyak"],
  ["ru", "Михаил Подоляк", "en", "Mikhail Podolyak"],
  ["uk", "Микола Маломуж", "en", "Mykola Malomuzh"],
  ["uk", "Сергій Шойгу", "en", "Sergei Shoigu"],
  ["ru", "Сергей Шойгу", "en", "Sergey Shoygu"],
  ["uk", "Дмитро Пєсков", "en", "Dmytro Peskov"],
  ["ru", "Дмитрий Песков", "en", "Dmitry Peskov"],
  ["uk", "Ангела Меркель", "en", "Angela Merkel"],
  ["bg", "Ангела Меркел", "en", "Angela Merkel"],
  ["uk", "Емманюель Макрон", "en", "Emmanuel Macron"],
  ["ru", "Эммануэль Макрон", "en", "Emmanuel Macron"],
  ["bg", "Еманюел Макрон", "en", "Emmanuel Macron"],
  ["uk", "Шарль Мішель", "ru", "Шарль Мишель"],
  ["ru", "Шарль Мишель", "bg", "Шарл Мишел"],
  ["uk", "Ірпінь", "en", "Irpin"],
  ["uk", "Буча", "en", "Bucha"],
  ["uk", "Бородянка", "en", "Borodianka"],
  ["ru", "Бородянка", "en", "Borodyanka"],
  ["uk", "Мощун", "en", "Moshchun"],
  ["uk", "Мінськ", "en", "Minsk"],
  ["ru", "Минск", "bg", "Минск"],
  ["uk", "Москва", "en", "Moskva"],
  ["uk", "Кремль", "ru", "Кремль"],
  ["uk", "Пекін", "ru", "Пекин"],
  ["uk", "Казахстан", "en", "Kazakhstan"],
  ["ru", "Казахстан", "bg", "Казахстан"],
  ["uk", "Харків", "en", "Kharkiv"],
  ["ru", "Харьков", "en", "Kharkov"],
  ["uk", "Львів", "en", "Lviv"],
  ["ru", "Львов", "en", "Lvov"],
  ["uk", "Одеса", "en", "Odesa"],
  ["ru", "Одесса", "en", "Odessa"],
  ["uk", "Дніпро", "en", "Dnipro"],
  ["uk", "Запоріжжя", "en", "Zaporizhzhia"],
  ["ru", "Запорожье", "en", "Zaporozhye"],
  ["uk", "Чернігів", "en", "Chernihiv"],
  ["ru", "Чернигов", "en", "Chernigov"],
  ["uk", "Чорнобиль", "en", "Chornobyl"],
  ["ru", "Чернобыль", "en", "Chernobyl"],
  ["uk", "Маріуполь", "en", "Mariupol"],
  ["uk", "Миколаїв", "en", "Mykolaiv"],
  ["uk", "Херсон", "en", "Kherson"],
  ["bg", "Херсон", "en", "Kherson"],
  ["uk", "Донецьк", "en", "Donetsk"],
  ["uk", "Луганськ", "en", "Luhansk"],
  ["ru", "Луганск", "en", "Lugansk"],
  ["uk", "Вашингтон", "en", "Washington"],
  ["bg", "София", "en", "Sofia"],
  ["bg", "Пловдив", "en", "Plovdiv"],
  ["bg", "Търново", "en", "Tarnovo"],
  ["bg", "Бойко Борисов", "en", "Boyko Borisov"],
  ["bg", "Румен Радев", "en", "Rumen Radev"],
  ["uk", "Джо Байден", "en", "Joe Biden"],
  ["ru", "Джо Байден", "bg", "Джо Байдън"],
  ["uk", "Борис Джонсон", "en", "Boris Johnson"],
  ["ru", "Тереза Мэй", "en", "Theresa May"],
  ["uk", "Тереза Мей", "en", "Theresa May"],
  ["uk", "Олаф Шольц", "ru", "Олаф Шольц"],
  ["uk", "Юлія Тимошенко", "en", "Yulia Tymoshenko"],
  ["ru", "Юлия Тимошенко", "en", "Yuliya Timoshenko"],
  ["uk", "Віталій Кличко", "en", "Vitali Klitschko"],
  ["uk", "Петро Порошенко", "en", "Petro Poroshenko"],
  ["ru", "Пётр Порошенко", "en", "Pyotr Poroshenko"],
  ["uk", "Сергій Лавров", "ru", "Сергей Лавров"],
  ["uk", "Євген Пригожин", "en", "Yevgeny Prigozhin"],
  ["ru", "Евгений Пригожин", "en", "Evgeny Prigozhin"],
  ["sr", "Александар Вучић", "en", "Aleksandar Vučić"],
  ["mk", "Скопје", "en", "Skopje"],
  ["kk", "Қасым-Жомарт Тоқаев", "en", "Kassym-Zhomart Tokayev"],
  ["kk", "Тоқаев", "ru", "Токаев"],
  ["kk", "Астана", "en", "Astana"],
];

function readFixture(): string[][] {
  return readFileSync(FIXTURE, "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split("\t"));
}

for (const [la, a, lb, b] of HAND_PAIRS) {
  test(`name-pairs: ${a} (${la}) = ${b} (${lb})`, () => assert.equal(matchKey(a, la), matchKey(b, lb)));
}

const fixtureSkip = existsSync(FIXTURE)
  ? {}
  : { skip: "test/text/fixtures/name-pairs.tsv is missing (built by scripts/build-name-pairs.ts)" };

test("name-pairs: the fixture's exact-translit pairs meet under matchKey", fixtureSkip, () => {
  const exact = readFixture().filter((r) => r[5] === "exact-translit");
  assert.ok(exact.length >= 200, `only ${exact.length} exact-translit pairs`);
  const misses = exact.filter(([la, a, lb, b]) => matchKey(a, la) !== matchKey(b, lb));
  const share = 1 - misses.length / exact.length;
  const listed = misses.map(([la, a, lb, b]) => `${a}/${la}=${matchKey(a, la)} ${b}/${lb}=${matchKey(b, lb)}`).join("; ");
  assert.ok(share >= EXACT_PAIR_MIN_SHARE, `${(share * 100).toFixed(2)}% met; misses: ${listed}`);
});

test("name-pairs: names of different entities rarely share a key", fixtureSkip, () => {
  const names = new Map<string, { entity: string; key: string }>();
  for (const [la, a, lb, b, entity] of readFixture()) {
    for (const [lang, name] of [
      [la, a],
      [lb, b],
    ]) {
      names.set(`${lang}\t${name}`, { entity, key: matchKey(name, lang) });
    }
  }
  const all = [...names.values()];
  const byKey = new Map<string, Map<string, number>>();
  for (const { entity, key } of all) {
    const entities = byKey.get(key) ?? new Map<string, number>();
    entities.set(entity, (entities.get(entity) ?? 0) + 1);
    byKey.set(key, entities);
  }
  let colliding = 0;
  for (const entities of byKey.values()) {
    const counts = [...entities.values()];
    const total = counts.reduce((s, n) => s + n, 0);
    colliding += (total * total - counts.reduce((s, n) => s + n * n, 0)) / 2;
  }
  const pairsOfDifferent = (all.length * (all.length - 1)) / 2;
  const share = colliding / pairsOfDifferent;
  console.log(`name-pairs: ${colliding} colliding pairs of ${pairsOfDifferent} (${(share * 100).toFixed(4)}%)`);
  assert.ok(share <= COLLISION_MAX_SHARE, `${colliding} colliding pairs of ${pairsOfDifferent} (${(share * 100).toFixed(3)}%)`);
});
