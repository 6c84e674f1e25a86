// The text layer: segmentation, normalization, transliteration, matching keys and stems, re-exported.

export { FINAL_ABBREVIATIONS, isAbbreviation } from "./abbreviations.ts";
export { matchKey, wordKey } from "./key.ts";
export { foldYo, normalizeText, normalizeToken, unifyPunctuation } from "./normalize.ts";
export { isMixedScriptWord, repairMixedScript } from "./script-mix.ts";
export { isTerminal, splitSentences, stopBelongsToWord } from "./sentences.ts";
export { analyzeText, textStage } from "./stage.ts";
export { MIN_STEMMED_LETTERS, STEMMERS, stemWord } from "./stem.ts";
export { stemBulgarian } from "./stem-bg.ts";
export { LIGHT_STEM_SUFFIXES, stemLight } from "./stem-light.ts";
export { tokenize, tokenKind } from "./tokenize.ts";
export {
  DEFAULT_TRANSLIT_LANG,
  guessTranslitLang,
  TRANSLIT_TABLES,
  type TranslitOptions,
  transliterate,
  transliterateWord,
} from "./translit.ts";
