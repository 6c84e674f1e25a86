// Turning the command line's inputs into a list of files, in a stable order: files as given, directories
// walked recursively (sorted, known extensions only), glob patterns (tinyglobby, sorted) and `-` for stdin.

import { statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { type ReadFailure, readFailure } from "./read-failure.ts";
import { formatFromName } from "./sniff.ts";

export type InputSource = { kind: "file"; path: string } | { kind: "stdin" };

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A folder's own documentation (README.md, LICENSE.txt, …), which a walk must not take for an article. */
const FOLDER_DOC_RE = /^(?:readme|license|licence|changelog|contributing|notice|copying)(?:\.[a-z0-9]+)*$/i;

/**
 * Directory walks skip hidden entries (`.git`, `.DS_Store`), files whose extension crossnews does not read,
 * and the folder's own documentation. A file named on the command line is always read.
 */
function isWalkedFile(name: string): boolean {
  return !name.startsWith(".") && !FOLDER_DOC_RE.test(name) && formatFromName(name) !== undefined;
}

async function* walk(dir: string): AsyncGenerator<InputSource | ReadFailure> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield readFailure("read/unreadable", dir, { detail: errorDetail(error) });
    return;
  }
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    // Symlinked directories are not followed (no cycles); symlinked files are read.
    if (entry.isDirectory()) yield* walk(path);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isWalkedFile(entry.name)) yield { kind: "file", path };
  }
}

export function errorDetail(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ELOOP") return "too many symbolic links";
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Expand one command-line argument. A path that exists wins over reading it as a pattern. */
export async function* expandInput(arg: string): AsyncGenerator<InputSource | ReadFailure> {
  if (arg === "-") {
    yield { kind: "stdin" };
    return;
  }
  let info: import("node:fs").Stats | undefined;
  try {
    // Synchronous, like the reads (read-inputs.ts): one stat is cheaper than the event-loop trip to await it.
    info = statSync(arg);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") {
      yield readFailure("read/unreadable", arg, { detail: errorDetail(error) });
      return;
    }
  }
  if (info?.isDirectory()) {
    let found = 0;
    for await (const source of walk(arg)) {
      found++;
      yield source;
    }
    if (found === 0) yield readFailure("read/empty-dir", arg);
    return;
  }
  if (info) {
    yield info.isFile() ? { kind: "file", path: arg } : readFailure("read/not-a-file", arg);
    return;
  }
  if (!isDynamicPattern(arg)) {
    yield readFailure("read/not-found", arg);
    return;
  }
  const matches = await glob([arg], { onlyFiles: true, absolute: isAbsolute(arg), expandDirectories: false });
  if (matches.length === 0) yield readFailure("read/no-match", arg);
  for (const path of matches.sort(byCodeUnit)) yield { kind: "file", path };
}

/** Expand every argument, keeping the command line's order. */
export async function* expandInputs(args: readonly string[]): AsyncGenerator<InputSource | ReadFailure> {
  for (const arg of args) yield* expandInput(arg);
}
