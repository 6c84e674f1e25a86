// Letters of the Cyrillic alphabets crossnews reads (ru, uk, be, bg, sr, mk) as plain data: what a real
// Cyrillic word is made of, used by src/read to tell the right legacy charset from the wrong ones.

/** Every letter of the Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian alphabets, both cases. */
export const CYRILLIC_LETTERS = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁёЄєІіЇїҐґЎўЂђЈјЉљЊњЋћЏџЃѓЌќЅѕ";

/** Vowels of those alphabets, both cases. */
export const CYRILLIC_VOWELS = "АЕИОУЫЭЮЯЁІЇЄЎаеиоуыэюяёіїєў";

/** Letters no word of those languages starts with. */
export const IMPOSSIBLE_INITIAL_LETTERS = "ЪЬЫъьы";

/**
 * The most frequent letters of running Russian, Ukrainian and Bulgarian text, lowercase (together about
 * 80–90% of letters). A decoding through the wrong charset table maps them onto rarer letters.
 */
export const COMMON_CYRILLIC_LETTERS = "оеаинтсрвлкмдпуіяы";
