// Publication dates: from HTML pages (findPublishedDate) and from written text in any known language (findDateInText).

export { parseNow, resolveDate } from "./calendar.ts";
export { findPublishedDate, type PublishedDatePage } from "./published-date.ts";
export { dateFromUrl, parseStatedDate } from "./stated-date.ts";
export { findDateInText, findDatesInText, type TextDate, type TextDateOptions } from "./text-dates.ts";
