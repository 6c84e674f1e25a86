// Lowercase words of a demonym's shape (a place's stem plus -ц-) that are common words: the stem they
// leave is a small place's in the lists too (GeoNames has a Vybor and a Vrana). Ukrainian "виборці"
// (voters), "вранці" (in the morning), "палаці" (in the palace); Russian "сланцы" (shale); Bulgarian
// "корици" (covers). Stems as `stemFolded` gives them (src/entities/recognize/stem.ts), pooled over
// the Cyrillic languages. Read by src/entities/recognize/demonyms.ts.

export const DEMONYM_LOOKALIKE_STEMS: ReadonlySet<string> = new Set(["виборц", "вранц", "уранц", "палац", "сланц", "дворц", "кориц"]);
