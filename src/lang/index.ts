// Language identification: the stage, the detector and its evidence, re-exported.

export { type Decision, decide, type Ranked, UNDETERMINED } from "./decide.ts";
export {
  type Detection,
  type DetectOptions,
  detectArticleLanguage,
  detectLanguage,
  normalizeLangHint,
  paragraphsOf,
} from "./detect.ts";
export { ELD_LANGS } from "./eld-scores.ts";
export { type Evidence, gatherEvidence } from "./evidence.ts";
export { STOP_WORDS_BY_LANG } from "./profiles.ts";
export { langStage } from "./stage.ts";
export { SUPPORTED_LANGUAGES } from "./supported.ts";
