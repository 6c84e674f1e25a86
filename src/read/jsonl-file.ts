// JSONL files are streamed line by line, not read whole: a feed dump may be far larger than one article,
// so the size cap (--max-bytes) applies to each record, and memory stays flat.

import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { errorDetail } from "./expand.ts";
import { formatBytes } from "./format-bytes.ts";
import { parseJsonlRecord } from "./jsonl.ts";
import { type ReadItem, readFailure } from "./read-failure.ts";
import { BINARY_SNIFF_BYTES, hasGzipMagic, isBinary, isGzipName } from "./sniff.ts";

async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Lines of a stream of bytes (UTF-8), numbered from 1, without their line ends. */
async function* lines(chunks: AsyncIterable<Buffer>): AsyncGenerator<[number, string]> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let lineNo = 0;
  for await (const chunk of chunks) {
    pending += decoder.write(chunk);
    let newline = pending.indexOf("\n");
    while (newline !== -1) {
      yield [++lineNo, pending.slice(0, newline).replace(/\r$/, "")];
      pending = pending.slice(newline + 1);
      newline = pending.indexOf("\n");
    }
  }
  pending += decoder.end();
  if (pending !== "") yield [++lineNo, pending.replace(/\r$/, "")];
}

/**
 * Every record of a JSONL file (gzipped or not), in line order. 1. gzip by name or magic number; 2. the first
 * line is checked for binary content (then the whole file fails); 3. each line over `maxBytes` fails alone
 * (`read/too-large`), each bad line fails alone (`read/bad-jsonl`); 4. a file without records is `read/empty`.
 */
export async function* readJsonlFile(path: string, opts: { maxBytes: number; size: number; mtime?: string }): AsyncGenerator<ReadItem> {
  let records = 0;
  try {
    const gzipped = isGzipName(path) || hasGzipMagic(await readHead(path, 2));
    const file = createReadStream(path);
    const stream = gzipped ? file.pipe(createGunzip()) : file;
    // pipe() does not forward errors: a read error must still end the gunzip stream's iteration.
    if (gzipped) file.on("error", (error) => stream.destroy(error));
    for await (const [lineNo, line] of lines(stream as AsyncIterable<Buffer>)) {
      if (lineNo === 1 && isBinary(Buffer.from(line.slice(0, BINARY_SNIFF_BYTES), "utf8"))) {
        stream.destroy();
        yield readFailure("read/binary", path, { size: formatBytes(opts.size) });
        return;
      }
      if (line.trim() === "") continue;
      records++;
      const size = Buffer.byteLength(line, "utf8");
      if (size > opts.maxBytes) {
        yield readFailure("read/too-large", `${path}:${lineNo}`, { size: formatBytes(size), limit: formatBytes(opts.maxBytes) });
        continue;
      }
      yield parseJsonlRecord(line.replace(/^\ufeff/, ""), lineNo, { name: path, path, mtime: opts.mtime });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR") yield readFailure("read/bad-gzip", path, { detail: (error as Error).message });
    else yield readFailure("read/unreadable", path, { detail: errorDetail(error) });
    return;
  }
  if (records === 0) yield readFailure("read/empty", path);
}
