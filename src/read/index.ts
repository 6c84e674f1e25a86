// Reading input (files, directories, globs, stdin; text, Markdown, HTML, JSONL, gzip) and decoding it.

export { canonicalCharset, charsetFromContentType, declaredHtmlCharset } from "./charset-label.ts";
export { detectCyrillic, hasKoi8uUkrainianLetters } from "./cyrillic-charsets.ts";
export { cyrillicPlausibility, isPlausibleCyrillicWord } from "./cyrillic-plausibility.ts";
export { type Decoded, decodeBytes, decodeStage } from "./decode.ts";
export { expandInputs, type InputSource } from "./expand.ts";
export { parseJsonl, parseJsonlRecord } from "./jsonl.ts";
export { readJsonlFile } from "./jsonl-file.ts";
export { failureFromError, failureLine, isReadFailure, type ReadFailure, type ReadItem, readFailure } from "./read-failure.ts";
export { DEFAULT_READ_MAX_BYTES, docsFromBytes, type ReadOptions, readInputs } from "./read-inputs.ts";
export { formatFromName, isBinary, sniffFormat } from "./sniff.ts";
