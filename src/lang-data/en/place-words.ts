// Words that make an English name a place's: the kind of place it names, last in most names ("Hancock
// Brook", "Subiaco Oval", "Clarence Dock") and first in some ("River Mersey", "Lake Geneva", "Mount
// Hood"). Lowercase. Words that also end names of organizations ("Park" of bands, "Center" of malls,
// "Hall", "House") are not here. Read by src/entities/recognize/place-words.ts.

// biome-ignore format: a word list reads best packed
export const PLACE_LAST_WORDS: readonly string[] = [
  "brook", "creek", "river", "lake", "lakes", "reservoir", "pond", "dock", "docks", "island", "islands", "bay",
  "mountain", "mountains", "valley", "canyon", "street", "road", "avenue", "boulevard", "lane", "bridge", "oval",
  "stadium", "rink", "playfield", "coulee", "canal", "harbour", "harbor", "beach", "forest", "hill", "hills",
  "peninsula", "desert", "glacier", "falls", "strait", "sea", "ocean", "county", "township", "parish", "gulf",
  "airport", "marsh", "swamp", "woods", "peak", "ridge", "plateau", "plains", "heights", "highway", "motorway",
];

// biome-ignore format: a word list reads best packed
export const PLACE_FIRST_WORDS: readonly string[] = ["river", "lake", "mount", "mt", "cape", "isle", "gulf", "port", "fort", "ft"];
