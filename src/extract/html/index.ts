// The HTML side of extraction: segmenting, the primary extractor, fallbacks and metadata.

export * from "./assemble.ts";
export * from "./class-words.ts";
export * from "./container.ts";
export * from "./content.ts";
export * from "./fallbacks.ts";
export * from "./json-ld.ts";
export * from "./metadata.ts";
export * from "./nesting.ts";
export * from "./page-facts.ts";
export * from "./segments.ts";
export * from "./vocabulary.ts";
