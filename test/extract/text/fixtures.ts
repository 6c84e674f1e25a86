// Invented scraped pages (written for these tests) with the boilerplate kinds real dumps carry:
// breadcrumbs, bylines, teaser labels, inserted headlines, related-topic lists, contact footers,
// date-stamped sidebars, photo credits, duplicated titles, share and comment labels.

export interface TextFixture {
  name: string;
  format: "text" | "markdown";
  now: string;
  page: string;
  title: string | null;
  author: string[] | null;
  site: string | null;
  published: string | null;
  first: string;
  last: string;
  absent: string[];
}

export const FIXTURES: TextFixture[] = [
  {
    name: "uk markdown: breadcrumb, year-less date, heading, author, teaser, related topics, contact footer",
    format: "markdown",
    now: "2026-11-22T00:00:00Z",
    page: `

Вечірній Порт / Новини регіонів / У Затоці відкрили новий пішохідний міст через канал

14 березня, 09:05 | 👁️ | ⌚ 2 хв

# У Затоці відкрили новий пішохідний міст через канал

 Оксана Левчук

**Новий пішохідний міст через канал у Затоці відкрили для мешканців у суботу вранці. Будівництво тривало майже два роки.**

Голова громади **Петро Сидоренко** розповів, що міст розрахований на велосипедистів і людей з візками. Він додав, що освітлення працюватиме від сонячних панелей.

[Читайте також](#) **Рибалки Затоки вийшли на перший вилов після зимової перерви**

## Скільки коштував міст

Кошторис моста склав понад сорок мільйонів гривень, з них половину дала обласна програма розвитку інфраструктури.

 [Підписуйтесь на наш канал](#) [Додати в закладки](#)

Мешканці кажуть, що раніше дорога до пляжу займала пів години через об'їзд трасою, а тепер – десять хвилин пішки.

## Пов'язані теми:

- НОВИНИ ЗАТОКИ
- ІНФРАСТРУКТУРА

<p>Редакція</p> <p><b>info@vecherniy-port.example</b></p>	<p>Реклама</p> <p>Контакти</p>

Телефон: **+380 (48) 700-11-22**
м. Одеса, вул. Морська 5`,
    title: "У Затоці відкрили новий пішохідний міст через канал",
    author: ["Оксана Левчук"],
    site: "Вечірній Порт",
    published: "2026-03-14T09:05",
    first: "Новий пішохідний міст через канал у Затоці відкрили для мешканців у суботу вранці.",
    last: "а тепер – десять хвилин пішки.",
    absent: ["Читайте також", "Рибалки Затоки", "Підписуйтесь", "Пов'язані теми", "НОВИНИ ЗАТОКИ", "info@", "Телефон", "Морська 5", "**"],
  },
  {
    name: "bg text: title with photo credit, inserted teasers, read-more list, date-stamped sidebar",
    format: "text",
    now: "2026-11-22T00:00:00Z",
    page: `Община Бяла спира водата в три села за ремонт на помпената станция Снимка: © Архив

Община Бяла ще спре водоподаването в три села през следващата седмица заради ремонт на старата помпена станция. Кметът обясни, че работите ще отнемат около четири дни.

Жителите на селата ще получават вода от цистерни, които ще бъдат разположени пред кметствата всеки ден от осем до двадесет часа.

Пожарникари спасиха котка от покрива на читалището

Ремонтът е част от проект за подмяна на водопровода, финансиран със средства от европейска програма. Общината очаква загубите на вода да намалеят наполовина.

Кметът: Следващата година ще ремонтираме и пречиствателната станция

Според кмета следващата стъпка ще бъде пречиствателната станция, за която вече има изготвен технически проект и разрешение за строеж.


Прочетете още:

Нов автобус ще вози учениците от селата


Спорт

Местният отбор спечели купата на областта

Финалът се игра при пълни трибуни и завърши с дузпи.

11:20 - 02.05.2025
Важно днес

Започва ремонтът на пътя към язовира

Движението ще се осъществява в една лента.

09:45 - 02.05.2025
Важно днес

Нова детска площадка в центъра

Съоръженията са подходящи за деца до дванадесет години.

08:10 - 02.05.2025`,
    title: "Община Бяла спира водата в три села за ремонт на помпената станция",
    author: null,
    site: null,
    published: null,
    first: "Община Бяла ще спре водоподаването в три села през следващата седмица",
    last: "вече има изготвен технически проект и разрешение за строеж.",
    absent: [
      "Снимка",
      "Архив",
      "Пожарникари спасиха котка",
      "Кметът: Следващата година",
      "Прочетете още",
      "Нов автобус",
      "02.05.2025",
      "Важно днес",
      "Местният отбор",
    ],
  },
  {
    name: "ru text: header date, duplicated title, caption, share and comments labels, sidebar teasers",
    format: "text",
    now: "2026-11-22T00:00:00Z",
    page: `9 Марта, 2024

Рыбаки Приморска получили новые лодки для весенней путины

Рыбаки Приморска получили новые лодки для весенней путины

Новые лодки у причала, Фото: пресс-служба артели


Артель рыбаков Приморска получила шесть новых моторных лодок перед началом весенней путины, сообщил председатель артели Иван Петров.

"Старые лодки служили больше двадцати лет, и ремонтировать их уже не имело смысла. Теперь мы сможем выходить в море даже при сильном ветре", - сказал Петров.

Лодки купили на средства артели и кредит местного банка, который выдан на пять лет под низкий процент.

Первый выход в море запланирован на конец марта, если позволит погода и лед уйдет из залива, добавил председатель
Поделиться:

Комментарии (3)

В Приморске открыли музей морского флота

В Приморске открыли музей морского флота

Экспозиция занимает два зала бывшего портового склада.

Школьники победили в региональной олимпиаде по физике

Школьники победили в региональной олимпиаде по физике

Команда из Приморска заняла первое место среди двадцати школ области, а двое учеников получили приглашения в летний лагерь для одаренных детей при университете.`,
    title: "Рыбаки Приморска получили новые лодки для весенней путины",
    author: null,
    site: null,
    published: "2024-03-09",
    first: "Артель рыбаков Приморска получила шесть новых моторных лодок",
    last: "если позволит погода и лед уйдет из залива, добавил председатель",
    absent: ["Фото:", "Поделиться", "Комментарии", "музей морского флота", "олимпиаде"],
  },
  {
    name: "en text: title line, subheadings, a quote over two lines, leave-a-reply",
    format: "text",
    now: "2026-11-22T00:00:00Z",
    page: `Northfield library to stay open late during exam season after students' petition



Northfield's public library will stay open until midnight for the four weeks of the exam season, the town council decided on Tuesday.

The decision follows a petition signed by more than two thousand students from the town's two colleges.

Students asked for quiet space

Students wrote in the petition that the libraries of both colleges close at nine in the evening and that many of them have no quiet place to study at home.

We are glad the council listened to us. Many of us share small flats and the library is the only place where we can work,
– said Maria Lopez, who organised the petition.

The extra hours will cost the town about twelve thousand pounds, which will come from the culture budget.

Leave a Reply`,
    title: "Northfield library to stay open late during exam season after students' petition",
    author: null,
    site: null,
    published: null,
    first: "Northfield's public library will stay open until midnight",
    last: "which will come from the culture budget.",
    absent: ["Leave a Reply"],
  },
  {
    name: "uk text: body from the first line, a labelled teaser, subheadings tied to their text",
    format: "text",
    now: "2026-11-22T00:00:00Z",
    page: `Про нову ціну проїзду повідомила міська рада, рішення набуде чинності з першого числа наступного місяця. Депутати голосували двічі.

Цікаво Як змінилися тарифи на воду у сусідніх містах

Проїзд у тролейбусах подорожчає

Вартість проїзду у тролейбусах зросте з восьми до дванадцяти гривень. У міськраді пояснюють подорожчання ростом цін на електроенергію та запчастини.

Пільги для студентів збережуть

Для студентів і школярів проїзд у тролейбусах і далі коштуватиме половину ціни, якщо вони мають електронний квиток.`,
    title: null,
    author: null,
    site: null,
    published: null,
    first: "Про нову ціну проїзду повідомила міська рада",
    last: "якщо вони мають електронний квиток.",
    absent: ["Як змінилися тарифи на воду"],
  },
  {
    name: "en markdown: today's masthead above the title, a byline with two authors, share label",
    format: "markdown",
    now: "2026-11-22T08:00:00Z",
    page: `Sunday, 22 November 2026

# River ferry returns after a winter without service

By Anna Berg and Tom Hale

Published 19 November 2026, 16:40

The river ferry between the two villages will run again from Monday, after the operator found a new captain and repaired the engine.

Passengers will pay the same fares as last year, and children under twelve will travel free on weekends.

Share this article`,
    title: "River ferry returns after a winter without service",
    author: ["Anna Berg", "Tom Hale"],
    site: null,
    published: "2026-11-19T16:40",
    first: "The river ferry between the two villages will run again from Monday",
    last: "children under twelve will travel free on weekends.",
    absent: ["Share this article", "Sunday", "By Anna"],
  },
  {
    name: "uk text: a rubric line under the title is no author, a masthead date without a byline date gives none",
    format: "text",
    now: "2026-11-22T08:00:00Z",
    page: `22 листопада 2026

Водії скаржаться на ями на об'їзній дорозі біля Лісового

Новини Громади

Водії, які щодня їздять об'їзною дорогою біля Лісового, скаржаться на глибокі ями після осінніх дощів. Дорожня служба обіцяє залатати їх до морозів.

Місцеві новини публікують фото ям у соцмережах, а громада просить обласну службу виділити кошти на повний ремонт покриття.`,
    title: "Водії скаржаться на ями на об'їзній дорозі біля Лісового",
    author: null,
    site: null,
    published: null,
    first: "Водії, які щодня їздять об'їзною дорогою",
    last: "виділити кошти на повний ремонт покриття.",
    absent: ["Новини Громади"],
  },
  {
    name: "ru text: a short lead, a long inline teaser right after it, then the body",
    format: "text",
    now: "2026-11-22T08:00:00Z",
    page: `В Озёрске открыли новую библиотеку в здании бывшего кинотеатра.

Читайте также: Как в соседнем районе за один год отремонтировали все сельские клубы и что об этом думают жители

Библиотека занимает два этажа, в ней есть читальный зал на сорок мест, детская комната и зал для лекций. Книги для фонда собирали всем городом, а часть передали школы и университет.

Директор библиотеки рассказала, что по субботам здесь будут проходить занятия для пенсионеров по работе с компьютером и телефоном.`,
    title: null,
    author: null,
    site: null,
    published: null,
    first: "В Озёрске открыли новую библиотеку в здании бывшего кинотеатра.",
    last: "по работе с компьютером и телефоном.",
    absent: ["Читайте также", "сельские клубы"],
  },
  {
    name: "bg text: a date-stamped list of other articles above the article",
    format: "text",
    now: "2026-11-22T08:00:00Z",
    page: `Най-четени

Нов мост над реката в Лом

10:15 - 20.11.2026

Цените на зеленчуците падат

09:40 - 20.11.2026

Училищата в Монтана получават нови компютри за кабинетите по информатика

Всяко от осемте училища в Монтана ще получи по двадесет нови компютъра до края на месеца, съобщиха от общината. Машините ще бъдат инсталирани в кабинетите по информатика.

Директорите казват, че старите компютри са на повече от десет години и вече не могат да поддържат нужните програми.`,
    title: "Училищата в Монтана получават нови компютри за кабинетите по информатика",
    author: null,
    site: null,
    published: null,
    first: "Всяко от осемте училища в Монтана ще получи",
    last: "не могат да поддържат нужните програми.",
    absent: ["Най-четени", "Нов мост", "20.11.2026", "зеленчуците"],
  },
  {
    name: "en markdown: a reader's key-value header above the content",
    format: "markdown",
    now: "2026-11-22T08:00:00Z",
    page: `Title: Night trains return to the coast line

URL Source: https://example.org/rail/night-trains

Published Time: 2026-05-04T06:30:00Z

Markdown Content:
[Home](#) [Rail](#) [Travel](#)

Night trains will run on the coast line again from June, the rail operator said, after a pause of four years caused by track works.

Tickets go on sale next week, and a sleeper berth will cost about the same as a hotel room in the cities the trains connect.`,
    title: "Night trains return to the coast line",
    author: null,
    site: null,
    published: "2026-05-04T06:30Z",
    first: "Night trains will run on the coast line again from June",
    last: "in the cities the trains connect.",
    absent: ["Title:", "URL Source", "Markdown Content", "Home"],
  },
  {
    name: "uk markdown: YAML front matter",
    format: "markdown",
    now: "2026-11-22T08:00:00Z",
    page: `---
title: "У Вилковому відкрили музей рибальства"
author: Марта Руденко
date: 2025-08-17
---

Музей рибальства відкрили у старому будинку на березі каналу у Вилковому. Експозиція розповідає про човни, сітки та традиції місцевих рибалок.

Вхід до музею у перший місяць буде безкоштовним, а екскурсії проводитимуть самі рибалки.`,
    title: "У Вилковому відкрили музей рибальства",
    author: ["Марта Руденко"],
    site: null,
    published: "2025-08-17",
    first: "Музей рибальства відкрили у старому будинку",
    last: "проводитимуть самі рибалки.",
    absent: ["title:", "author:", "date:"],
  },
  {
    name: "en text: a headline long enough to pass for prose on the first line",
    format: "text",
    now: "2026-11-22T08:00:00Z",
    page: `Harbour town council votes to keep the old lighthouse open to visitors for another ten years despite the rising costs of repairs and insurance for the building

The council of the harbour town voted on Thursday to keep the old lighthouse open to visitors for at least ten more years.

Repairs to the lamp room and the stairs will cost about two hundred thousand euros, which the council will share with the regional heritage fund.`,
    title:
      "Harbour town council votes to keep the old lighthouse open to visitors for another ten years despite the rising costs of repairs and insurance for the building",
    author: null,
    site: null,
    published: null,
    first: "The council of the harbour town voted on Thursday",
    last: "share with the regional heritage fund.",
    absent: ["despite the rising costs"],
  },
];
