// The shape of a per-language romanization table (Cyrillic → Latin), read by src/text/translit.ts.

/** One language's romanization, as data. All keys and values are lowercase; case is restored by the code. */
export interface TranslitTable {
  /** Which system this is, for display and docs (e.g. "Ukrainian national 2010 (KMU 55)"). */
  system: string;
  /** Letter → romanization. A letter missing here passes through unchanged. */
  letters: Readonly<Record<string, string>>;
  /** Letters spelled differently at the start of a word. */
  initial?: Readonly<Record<string, string>>;
  /** Letters spelled differently right after one of `softeners` (vowels, signs): Russian е → ye after a vowel. */
  afterSoftener?: Readonly<Record<string, string>>;
  /** The letters after which `afterSoftener` applies. */
  softeners?: string;
  /** Letter sequences with their own spelling, tried before single letters (uk "зг" → "zgh"). */
  sequences?: Readonly<Record<string, string>>;
  /** Word-final sequences with their own spelling (bg "ия" → "ia"). */
  final?: Readonly<Record<string, string>>;
  /** Spellings used by the loose matching key instead of the official ones (bg щ → "shch", so it meets ru/uk щ). */
  keyLetters?: Readonly<Record<string, string>>;
  /** Letter sequences the matching key spells its own way, tried first (be "ці" → "ti", so Пуцін meets Путин). */
  keySequences?: Readonly<Record<string, string>>;
}
