// Every message code crossnews can emit, with its template (STYLE.md rule 3, after spaCy's errors.py).
// Codes read `<stage>/<rule>`. Add new codes here, never inline.

export const MESSAGE_TEMPLATES = {
  "read/not-found": "no such file or directory",
  "read/unreadable": "cannot be read ({detail})",
  "read/empty": "empty file",
  "read/too-large": "too large ({size}, the limit is {limit}; raise it with --max-bytes)",
  "read/binary": "not HTML and not text (binary, {size})",
  "read/bad-gzip": "not a valid gzip file ({detail})",
  "read/bad-jsonl": "not a JSON object with `html` or `text` ({detail})",
  "read/empty-record": "the record's `{field}` is empty",
  "read/not-a-file": "not a regular file or directory",
  "read/no-match": "the pattern matched no files",
  "read/empty-dir": "the directory holds no files crossnews reads (.txt, .md, .html, .htm, .jsonl, and .gz of these)",
  "decode/undecodable": "cannot be decoded as text (tried {tried})",
  "decode/replaced-chars": "{count} undecodable bytes were replaced",
  "decode/declared-mismatch": "the declared charset `{charset}` does not fit the bytes; the charset was detected instead",
  "decode/unknown-charset": "unknown declared charset `{charset}`, ignored",
  "extract/no-body": "no article body found ({detail})",
  "extract/truncated-html": "the HTML looks truncated; the body was extracted from what is there",
  "lang/undetermined": "the language cannot be told ({detail})",
  "lang/mojibake": "the text looks like windows-1251 read as Latin-1; the language was told from the text read back",
  "entities/fallback-model": "no entity model for `{lang}`: the language-independent model was used",
  "entities/no-model": "the entity model (resources/entities/ner-model.bin.gz) is missing: no entities were recognized",
  "entities/truncated": "the text is longer than {limit} characters: entities were searched in the first {limit} only",
  "pipeline/stage-failed": "stage `{stage}` failed: {detail}",
  "pipeline/bad-order": "stage `{stage}` requires `{layer}`, which no earlier stage adds",
  "store/open-failed": "cannot open the database ({detail})",
  "store/migration-failed": "migration {version} failed ({detail})",
  "store/schema-too-new": "the database has schema version {version}, newer than this crossnews knows ({known}); upgrade crossnews",
  "store/not-found": "no database here (run `crossnews ingest PATH...` first, or point --db / CROSSNEWS_DB at one)",
  "store/write-failed": "cannot store the batch ({detail}); nothing of it was written",
  "cli/usage": "{detail}",
} as const;

export type MessageCode = keyof typeof MESSAGE_TEMPLATES;
