// `crossnews analyze PATH... | -`: one schema-1 article object per input as JSON Lines on stdout,
// failures as `input: reason` on stderr; exit 0 when every input was processed, 1 when some failed, 2 on misuse.

import type { CorpusNames } from "../entities/recognize/corpus-names.ts";
import { isCrossnewsError } from "../model/message.ts";
import { readInputs } from "../read/index.ts";
import { type Command, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from "./command.ts";
import {
  ENV,
  type Env,
  parseCommandArgs,
  resolveJobs,
  resolveMaxBytes,
  resolveNow,
  SHARED_HELP,
  SHARED_OPTIONS,
  UsageError,
} from "./options.ts";
import { withSiteRepetition } from "./site-groups.ts";

const OPTIONS = {
  now: SHARED_OPTIONS.now,
  "max-bytes": SHARED_OPTIONS["max-bytes"],
  jobs: SHARED_OPTIONS.jobs,
  "no-extract": { type: "boolean" },
  evidence: { type: "string" },
  help: SHARED_OPTIONS.help,
} as const;

const USAGE = "usage: crossnews analyze [options] PATH... | -";

const HELP = [
  "crossnews analyze: print one JSON object (schema 1) per article, as JSON Lines",
  "",
  USAGE,
  "",
  "PATH is a file, a directory (read recursively), a glob pattern in quotes, or - for stdin.",
  "Formats: .txt, .md, .html, .htm, .jsonl (one article per line: url, html or text, id, title, ...), and .gz of these;",
  "stdin and unknown extensions are sniffed. Legacy Cyrillic charsets are detected.",
  "",
  "options:",
  SHARED_HELP.now,
  "  --no-extract       the input is clean article text: `text` is exactly the input, offsets index into the file",
  "  --evidence DB      read the names of this store's articles as evidence for entity types (the store is not changed)",
  SHARED_HELP["max-bytes"],
  SHARED_HELP.jobs,
  SHARED_HELP.help,
  "",
  "Problems go to stderr, one line each (`path: reason`); the other inputs still go through.",
  "exit codes: 0 every input processed, 1 some inputs failed, 2 usage error",
  "",
  "example: crossnews analyze --now 2026-06-27T12:00:00Z samples/ > articles.jsonl",
].join("\n");

/** Where a command's input and output go: the process's streams, or a test's buffers. */
export interface CommandIo {
  stdout: { write(chunk: string): boolean; once(event: "drain", listener: () => void): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Env;
}

const PROCESS_IO: CommandIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };

/** Buffered writes that respect backpressure (a pipe to `head` must not balloon memory). */
function lineWriter(stdout: CommandIo["stdout"]): { write(line: string): Promise<void> | undefined; flush(): Promise<void> } {
  let buffer = "";
  const FLUSH_CHARS = 64 * 1024;
  const flush = async () => {
    if (buffer === "") return;
    const chunk = buffer;
    buffer = "";
    if (!stdout.write(chunk)) await new Promise<void>((resolve) => stdout.once("drain", () => resolve()));
  };
  return {
    write(line) {
      buffer += `${line}\n`;
      return buffer.length >= FLUSH_CHARS ? flush() : undefined;
    },
    flush,
  };
}

/** `crossnews analyze ARGV` against the given streams and environment; returns the exit code. */
export async function analyzeCommand(argv: string[], io: CommandIo = PROCESS_IO): Promise<number> {
  let parsed: ReturnType<typeof parseCommandArgs<typeof OPTIONS>>;
  let settings: { now?: string; maxBytes: number; jobs: number; jobsGiven: boolean };
  try {
    parsed = parseCommandArgs(argv, OPTIONS);
    if (parsed.values.help) {
      io.stdout.write(`${HELP}\n`);
      return EXIT_OK;
    }
    if (parsed.positionals.length === 0) throw new UsageError("give at least one PATH, or - for stdin");
    settings = {
      now: resolveNow(parsed.values.now, io.env),
      maxBytes: resolveMaxBytes(parsed.values["max-bytes"], io.env),
      jobs: resolveJobs(parsed.values.jobs, io.env),
      jobsGiven: parsed.values.jobs !== undefined || (io.env[ENV.jobs] ?? "") !== "",
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`crossnews analyze: ${error.message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  let corpusNames: CorpusNames | undefined;
  if (parsed.values.evidence !== undefined) {
    try {
      // Loaded only here: analyze needs no database otherwise.
      const [{ openStore }, { storedCorpusNames }] = await Promise.all([import("../store/open.ts"), import("./corpus-evidence.ts")]);
      const store = await openStore(parsed.values.evidence, { create: false });
      try {
        corpusNames = await storedCorpusNames(store);
      } finally {
        await store.close();
      }
    } catch (error) {
      if (!isCrossnewsError(error)) throw error;
      const reason = error.code === "store/not-found" ? "no database there (make one with `crossnews ingest`)" : error.message;
      io.stderr.write(`crossnews analyze: --evidence ${parsed.values.evidence}: ${reason}\n`);
      return EXIT_SOME_FAILED;
    }
  }
  // The one read of the clock: the fallback reference time when neither --now nor an mtime is known.
  const clock = new Date().toISOString();
  const out = lineWriter(io.stdout);
  const { runAnalyze } = await import("./analyze-run.ts");
  const noExtract = parsed.values["no-extract"] === true;
  const read = readInputs(parsed.positionals, { maxBytes: settings.maxBytes, stdin: io.stdin });
  // Lines repeated across a site's pages are furniture evidence for the extractor (unused with --no-extract).
  const items = noExtract ? read : withSiteRepetition(read);
  const summary = await runAnalyze(items, {
    analyze: { noExtract, clock, ...(settings.now !== undefined && { now: settings.now }), ...(corpusNames && { corpusNames }) },
    jobs: settings.jobs,
    // Asked-for workers are used whenever there is enough input; otherwise only when they pay.
    pool: settings.jobsGiven ? "always" : "auto",
    write: (line) => out.write(line),
    warn: (line) => io.stderr.write(`${line}\n`),
  });
  await out.flush();
  return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

export const command: Command = {
  name: "analyze",
  summary: "analyze articles and print them as JSON Lines (no database needed)",
  usage: USAGE,
  run(argv) {
    // A reader that stops early (`| head`) closes the pipe: that ends the run quietly, as for any Unix tool.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(EXIT_OK);
    });
    return analyzeCommand(argv);
  },
};
