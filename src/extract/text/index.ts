// Scraped text and Markdown pages: the article body and its metadata (extractScrapedText).

export { extractScrapedText, type ScrapedTextOptions, type ScrapedTextResult } from "./scraped-text.ts";
