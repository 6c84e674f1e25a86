// Belarusian case endings of names: inflected ending → base ending, with a weight (votes, against the
// other rewrites of the same ending). No annotated Belarusian names exist to learn base-form rules from,
// so these are the lemmatizer's only Belarusian rules; where an ending is ambiguous (Мінска → Мінск,
// but Масква stays Масква), the nominative keeps the most votes and the known base-form words of the
// language (GeoNames' Belarusian names) pick the rewrite: Мінску → Мінск, Расіяй → Расія, Кіеве → Кіеў.
// Written by hand from the declension tables of the standard grammar.

export const NAME_DECLENSION: readonly (readonly [inflected: string, base: string, votes: number])[] = [
  // Nominatives stay as they are.
  ["а", "а", 8],
  ["я", "я", 8],
  ["ь", "ь", 8],
  ["ў", "ў", 8],
  ["ы", "ы", 2],
  ["і", "і", 2],
  // Feminine and masculine nouns in -а (Масква, Украіна, Лукашэнка).
  ["ы", "а", 5],
  ["е", "а", 4],
  ["у", "а", 2],
  ["ай", "а", 5],
  ["ой", "а", 5],
  ["аю", "а", 3],
  ["ою", "а", 3],
  ["кі", "ка", 5],
  ["гі", "га", 5],
  ["хі", "ха", 5],
  ["цы", "ка", 3],
  ["энкі", "энка", 8],
  ["энку", "энка", 8],
  ["энкам", "энка", 8],
  ["энцы", "энка", 6],
  // Soft nouns in -я (Расія, Сірыя).
  ["іі", "ія", 6],
  ["ію", "ія", 6],
  ["іяй", "ія", 6],
  ["яй", "я", 4],
  ["ю", "я", 2],
  ["і", "я", 2],
  // Feminine nouns in -ь (Беларусь).
  ["сі", "сь", 5],
  ["ссю", "сь", 6],
  ["цці", "ць", 3],
  // Masculine nouns ending in a consonant (Мінск, Пуцін, Уладзімір).
  ["а", "", 3],
  ["у", "", 4],
  ["ам", "", 5],
  ["ым", "", 5],
  ["ім", "", 4],
  ["е", "", 1],
  // Masculine nouns in -ў (Кіеў, Кішынёў), whose ў is в before an ending.
  ["ева", "еў", 6],
  ["еве", "еў", 6],
  ["еву", "еў", 6],
  ["евам", "еў", 6],
  ["ёва", "ёў", 6],
  ["ёве", "ёў", 6],
  ["ёву", "ёў", 6],
  ["ёвам", "ёў", 6],
  // Adjectival names (Зяленскі, Мінская вобласць).
  ["скага", "скі", 6],
  ["скаму", "скі", 6],
  ["скім", "скі", 5],
  ["скай", "ская", 5],
  ["скую", "ская", 5],
];
