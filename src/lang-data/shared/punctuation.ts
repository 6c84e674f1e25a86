// Punctuation variants unified by normalization: quotes, dashes, apostrophes (text itself is never rewritten).

/** Every double or single quotation mark → the ASCII double quote. */
export const QUOTE_CHARS = '«»„“”‟‹›‚‘❝❞〝〞＂"';
/** Every dash and hyphen variant → the ASCII hyphen-minus. */
export const DASH_CHARS = "‐‑‒–—―−﹘﹣－-";
/** Apostrophe variants inside words (Ukrainian м'ята, мʼята, м’ята; English don't) → U+0027. */
export const APOSTROPHE_CHARS = "'’ʼʹ`´′";
/** Characters that end a sentence. */
export const SENTENCE_END_CHARS = ".!?…";
/** Closing quotes and brackets that stay with the sentence they end. */
export const CLOSING_CHARS = "»”“\"’')]}›";
/** Opening quotes and brackets, and dashes, that may start a sentence. */
export const OPENING_CHARS = '«„“"‘([{‹—–-';
