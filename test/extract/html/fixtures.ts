// Small news-like pages written for these tests (uk, bg, ru, en): each has navigation, a share bar,
// a caption with a photo credit, related links, comments, a cookie notice and a footer around the article.

export interface PageFixture {
  name: string;
  html: string;
  /** Sentences that must be in the body. */
  must: string[];
  /** Text that must not be in the body. */
  mustNot: string[];
  title: string;
  author?: string[];
  site?: string;
  lang: string;
}

interface PageParts {
  lang: string;
  site: string;
  title: string;
  author: string;
  nav: string[];
  paragraphs: string[];
  subheading: string;
  list: string[];
  caption: string;
  related: string;
  relatedLinks: string[];
  comment: string;
  cookie: string;
  footer: string;
  share: string;
}

function page(p: PageParts): string {
  const nav = p.nav.map((n) => `<li><a href="/${encodeURIComponent(n)}">${n}</a></li>`).join("");
  const [first, second, ...rest] = p.paragraphs;
  return `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8">
<title>${p.title} | ${p.site}</title>
<meta property="og:site_name" content="${p.site}"><meta property="og:title" content="${p.title}">
<meta name="author" content="${p.author}"><link rel="canonical" href="https://example.${p.lang}/news/1">
<meta property="article:tag" content="${p.nav[0]}"><script>var x = "<p>not text</p>";</script><style>p{}</style></head>
<body><header class="site-header"><a class="logo" href="/">${p.site}</a><nav class="main-menu"><ul>${nav}</ul></nav></header>
<div class="cookie-consent"><p>${p.cookie}</p><button>OK</button></div>
<main><article class="post"><h1>${p.title}</h1><div class="byline">${p.author}</div>
<div class="share-buttons"><a href="#">${p.share}</a> <a href="#">Facebook</a> <a href="#">X</a></div>
<figure><img src="a.jpg"><figcaption>${p.caption}</figcaption></figure>
<div class="article-body"><p>${first}</p><p>${second}</p>
<aside class="read-also"><a href="/r/0">${p.relatedLinks[0]}</a></aside>
<h2>${p.subheading}</h2>${rest.map((x) => `<p>${x}</p>`).join("")}
<ul>${p.list.map((x) => `<li>${x}</li>`).join("")}</ul></div></article>
<section class="related-posts"><h3>${p.related}</h3><ul>${p.relatedLinks.map((x, i) => `<li><a href="/r/${i}">${x}</a></li>`).join("")}</ul></section>
<div id="comments" class="comments-area"><div class="comment"><p>${p.comment}</p></div></div></main>
<footer class="site-footer"><p>${p.footer}</p></footer></body></html>`;
}

const uk: PageParts = {
  lang: "uk",
  site: "Вісті Полісся",
  title: "У Житомирі відкрили новий міст через Тетерів",
  author: "Олена Коваль",
  nav: ["Новини", "Політика", "Економіка", "Спорт"],
  paragraphs: [
    "У понеділок у Житомирі урочисто відкрили новий пішохідний міст через річку Тетерів, який з'єднав два райони міста.",
    "Будівництво тривало чотирнадцять місяців, а кошти на нього виділили з міського бюджету та обласного фонду розвитку.",
    "Міський голова сказав, що міст стане частиною нової велосипедної мережі, яку планують завершити до наступної осені.",
    "Мешканці прибережних вулиць кажуть, що тепер дорога до ринку займає десять хвилин замість сорока.",
  ],
  subheading: "Що буде далі",
  list: ["освітлення набережної до грудня", "нові лавки та урни вздовж річки"],
  caption: "Новий міст увечері. Фото: Іван Петренко",
  related: "Читайте також",
  relatedLinks: ["Як зміниться рух транспорту в центрі міста", "У парку висадили двісті нових дерев"],
  comment: "Нарешті! Чекали цього мосту років десять, молодці будівельники.",
  cookie: "Ми використовуємо файли cookie, щоб сайт працював краще. Продовжуючи, ви погоджуєтеся з цим.",
  footer: "© 2026 Вісті Полісся. Усі права захищено. Передрук лише з дозволу редакції.",
  share: "Поділитися",
};

const bg: PageParts = {
  lang: "bg",
  site: "Дунавски вести",
  title: "Русе получава нова линия на градския транспорт",
  author: "Мария Иванова",
  nav: ["Начало", "Региони", "Култура", "Спорт"],
  paragraphs: [
    "От първи март в Русе ще тръгне нова автобусна линия, която ще свързва гарата с индустриалната зона на града.",
    "Общината е закупила шест електрически автобуса, а разписанието ще бъде публикувано на сайта на транспортната фирма.",
    "Според кмета новата линия ще облекчи движението по булеварда в сутрешните часове, когато задръстванията са най-големи.",
    "Пътниците ще могат да плащат с банкова карта директно в превозното средство, без да купуват билет предварително.",
  ],
  subheading: "Цени на билетите",
  list: ["еднократен билет за един лев", "месечна карта за тридесет лева"],
  caption: "Новите автобуси в депото. Снимка: Петър Георгиев",
  related: "Прочетете още",
  relatedLinks: ["Ремонтът на моста приключва през лятото", "Нов парк край реката отваря врати"],
  comment: "Дано спазват разписанието, досега автобусите винаги закъсняваха.",
  cookie: "Този сайт използва бисквитки. Като продължите, вие се съгласявате с това.",
  footer: "© 2026 Дунавски вести. Всички права запазени.",
  share: "Сподели",
};

const ru: PageParts = {
  lang: "ru",
  site: "Северный курьер",
  title: "В Архангельске открылась новая библиотека",
  author: "Андрей Смирнов",
  nav: ["Главная", "Город", "Общество", "Спорт"],
  paragraphs: [
    "В субботу в Архангельске открылась новая городская библиотека, в фонде которой более сорока тысяч книг.",
    "Здание бывшего кинотеатра полностью перестроили, а в читальном зале установили двадцать компьютеров для посетителей.",
    "Директор библиотеки рассказала, что по выходным здесь будут проходить встречи с писателями и занятия для детей.",
    "Записаться можно бесплатно, для этого нужно взять с собой паспорт или свидетельство о рождении ребёнка.",
  ],
  subheading: "Часы работы",
  list: ["по будням с десяти до восьми", "по выходным с одиннадцати до шести"],
  caption: "Читальный зал новой библиотеки. Фото: Ольга Петрова",
  related: "Читайте также",
  relatedLinks: ["В парке Победы отремонтируют фонтан", "Набережную закроют на реконструкцию"],
  comment: "Отличная новость, наконец есть куда сходить с детьми в выходные.",
  cookie: "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
  footer: "© 2026 Северный курьер. Все права защищены.",
  share: "Поделиться",
};

const en: PageParts = {
  lang: "en",
  site: "Harbour Gazette",
  title: "Harbour town votes to restore its old lighthouse",
  author: "Sam Porter",
  nav: ["Home", "Local", "Business", "Sport"],
  paragraphs: [
    "Residents of the harbour town voted on Tuesday to restore the old lighthouse, which has been closed since the storm of last winter.",
    "The council will spend part of its reserve fund on the work, and a local charity has promised to raise the rest by the summer.",
    "Engineers say the tower itself is sound, but the lamp room and the iron stairs must be replaced before visitors can return.",
    "The restored lighthouse is expected to reopen next spring with a small museum about the town's fishing history.",
  ],
  subheading: "What happens next",
  list: ["a survey of the foundations in March", "new stairs fitted over the summer"],
  caption: "The lighthouse at dusk. Photo: Jo Reed",
  related: "Read also",
  relatedLinks: ["Ferry timetable changes from next month", "New fish market opens on the quay"],
  comment: "Great news, my grandfather used to keep that light burning every night.",
  cookie: "We use cookies to make this site work. By continuing you accept our cookie policy.",
  footer: "© 2026 Harbour Gazette. All rights reserved. Contact the newsroom.",
  share: "Share",
};

function fixture(name: string, p: PageParts): PageFixture {
  return {
    name,
    html: page(p),
    must: [...p.paragraphs, p.subheading, ...p.list],
    mustNot: [p.title, p.caption, p.related, ...p.relatedLinks, p.comment, p.cookie, p.footer, p.share, ...p.nav, p.author],
    title: p.title,
    author: [p.author],
    site: p.site,
    lang: p.lang,
  };
}

export const PAGES: readonly PageFixture[] = [fixture("uk", uk), fixture("bg", bg), fixture("ru", ru), fixture("en", en)];

/** A home page: only headline teasers and navigation, no article. */
export const HOME_PAGE = `<html lang="en"><head><title>Harbour Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<div class="teasers">${[
  "Ferry timetable changes",
  "New fish market opens",
  "Council meets on Friday",
  "School fair this weekend",
  "Lighthouse vote tonight",
]
  .map((t, i) => `<div class="teaser"><h3><a href="/n/${i}">${t}</a></h3></div>`)
  .join("")}</div><footer>© 2026 Harbour Gazette</footer></body></html>`;

/** A section front: teasers with a headline link and a one-sentence excerpt each. */
export const LISTING_PAGE = `<html lang="uk"><head><title>Новини міста</title><meta property="og:type" content="website"></head><body>
<nav><a href="/">Головна</a></nav><main><div class="news-list">${[
  ["Міст через Тетерів відкрили", "У понеділок відкрили новий пішохідний міст, який з'єднав два райони міста."],
  ["У парку висадили дерева", "Волонтери висадили двісті молодих кленів уздовж головної алеї парку."],
  ["Ринок працюватиме довше", "З наступного тижня центральний ринок працюватиме до восьмої вечора."],
  ["Нові автобуси на маршрутах", "На три міські маршрути вийшли нові автобуси з низькою підлогою."],
  ["Бібліотека запрошує дітей", "У суботу в міській бібліотеці відбудуться читання для наймолодших."],
  ["Ремонт дороги на околиці", "Дорожники почали ремонт вулиці, який триватиме до кінця місяця."],
]
  .map(([h, p], i) => `<div class="item"><h2><a href="/n/${i}">${h}</a></h2><p>${p}</p></div>`)
  .join("")}</div></main><footer>© 2026</footer></body></html>`;
