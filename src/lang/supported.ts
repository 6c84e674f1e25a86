// The languages the detector can answer, from eld's list, the script-only languages and our Cyrillic additions.

import { ELD_LANGS } from "./eld-scores.ts";
import { SCRIPT_CANDIDATES, SCRIPT_LANGUAGE } from "./scripts.ts";

/** Every ISO 639-1 code `detectLanguage` may return (besides "und"), sorted. */
export const SUPPORTED_LANGUAGES: readonly string[] = [
  ...new Set([...ELD_LANGS, ...Object.values(SCRIPT_LANGUAGE), ...Object.values(SCRIPT_CANDIDATES).flat(), "zh", "ja"]),
]
  .filter((c): c is string => typeof c === "string")
  .sort();
