// Ukrainian masculine nouns whose last syllable closes in the base form have і (ї after a vowel) there
// and о or е (є) in every other case: Харків / Харкова, Львів / Львові, Миколаїв / Миколаєва,
// Бориспіль / Борисполя. Used by the base-form step (src/entities/link/lemmatizer.ts).

/** Case endings after which the stem's last vowel is the oblique one (Харков-а, Льв-ові). */
export const UK_OBLIQUE_ENDINGS: readonly string[] = ["ові", "еві", "єві", "ом", "ем", "єм", "а", "у", "і", "я", "ю"];
/** Endings after which a soft stem's base form has ь (Кремлі, Кремлем: Кремль). */
export const UK_SOFT_ENDINGS: ReadonlySet<string> = new Set(["ем", "єм", "і", "я", "ю", "еві", "єві"]);
/** A stem's last vowel before its final consonants (Харков, Миколаєв, Бориспол). */
export const UK_LAST_VOWEL = /^(.+)([оеє])([бвгґджзклмнпрстфхцчшщ]+)$/u;
