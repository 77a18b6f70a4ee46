import { isUtf8 } from 'node:buffer';
import { createInflateRaw, crc32 } from 'node:zlib';
import { createHash } from 'node:crypto';
import { refuse } from '../../../../core/packages/package-error';
import type { PackageEntry } from '../../../../core/packages/verify';
import { ok, type AppError, type Result } from '../../../../core/shared/result';
import { type Digested, threadDigests } from '../../../packages/digest-thread';
import { NATIVE_SM3, sm3Hasher } from '../../../packages/digests';
import { inflate, localMatches, readDirectory } from '../../../packages/zip-read';
import { DEFAULT_ZIP_LIMITS, LOCAL_HEADER, METHOD, type ZipLimits } from '../../../packages/zip-profile';

/** An entry too large to inflate whole: checked (size, CRC, digests) as it is streamed. */
export type LazyEntry = { path: string; data: Buffer; method: number; size: number; crc: number };
export type LazyZip = { entries: PackageEntry[]; lazy: Map<string, LazyEntry> };

/** Entries up to this size are inflated at once, as readPackageZip does; larger ones are streamed. */
const EAGER_MAX = 8 * 1024 * 1024;
const EMPTY = new Uint8Array(0);

/**
 * readPackageZip (the same directory and header checks) without inflating the large entries: a
 * million-entry snapshot's JSONL is near a gigabyte, which must never be in memory at once. Each
 * large entry is listed with empty bytes (so every name still meets the name checks) and kept as
 * its compressed data for streamEntry.
 */
export function readLazyZip(bytes: Uint8Array, lim: ZipLimits = DEFAULT_ZIP_LIMITS): Result<LazyZip> {
  if (bytes.length > lim.maxPackageBytes) return refuse('E_ZIP_LIMITS', { reason: 'package too large', size: bytes.length, max: lim.maxPackageBytes });
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  try {
    const directory = readDirectory(buf, lim);
    if (!directory.ok) return directory;
    const entries: PackageEntry[] = [];
    const lazy = new Map<string, LazyEntry>();
    for (const c of directory.value) {
      if (!localMatches(buf, c)) return refuse('E_ZIP_UNSAFE', { reason: 'local header differs from the central directory', path: c.path });
      const start = c.offset + LOCAL_HEADER + c.name.length;
      const data = buf.subarray(start, start + c.compressed);
      if (c.size > EAGER_MAX) {
        lazy.set(c.path, { path: c.path, data, method: c.method, size: c.size, crc: c.crc });
        entries.push({ path: c.path, bytes: EMPTY, stored: c.method === METHOD.stored });
        continue;
      }
      const inflated = inflate(data, c);
      if (!inflated.ok) return inflated;
      if (inflated.value.length !== c.size || crc32(inflated.value) !== c.crc) return refuse('E_ZIP_UNSAFE', { reason: 'size or CRC mismatch', path: c.path });
      entries.push({ path: c.path, bytes: inflated.value, stored: c.method === METHOD.stored });
    }
    return ok({ entries, lazy });
  } catch (e) {
    return refuse('E_ZIP_UNSAFE', { reason: 'damaged', error: e instanceof Error ? e.message : String(e) });
  }
}

/** A refusal found while streaming, thrown through the async iteration and caught by the import. */
export class Refusal extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
  }
}

export type StreamDigests = { update(chunk: Buffer): void; digest(): Promise<Digested>; close(): void };

/**
 * SHA-256 and SM3 fed chunk by chunk: on a thread of their own where the runtime has a native SM3
 * (Node), else here with the JavaScript SM3 (Electron's BoringSSL has none), never holding the file.
 * close() stops the thread when the digests are not wanted after all.
 */
export function streamDigests(): StreamDigests {
  if (NATIVE_SM3) return threadDigests();
  const sha = createHash('sha256');
  const sm3 = sm3Hasher();
  return {
    update(chunk) {
      sha.update(chunk);
      sm3.update(chunk);
    },
    digest: () => Promise.resolve({ sha256: sha.digest('hex'), sm3: sm3.digest() }),
    close: () => undefined,
  };
}

const CHUNK = 1024 * 1024;

/**
 * The entry's bytes in chunks, inflated natively (never beyond the declared size: a bomb that lies
 * in its header stops there), and at the end the same checks readPackageZip makes: size, CRC, and
 * nothing after the compressed data. Throws Refusal.
 */
export async function* streamEntry(e: LazyEntry): AsyncGenerator<Buffer> {
  let total = 0;
  let crc = 0;
  if (e.method === METHOD.stored) {
    for (let i = 0; i < e.data.length; i += CHUNK) {
      const chunk = e.data.subarray(i, i + CHUNK);
      crc = crc32(chunk, crc);
      total += chunk.length;
      yield chunk;
    }
  } else {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    inflater.end(e.data);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > e.size) throw new Refusal(refuse('E_ZIP_LIMITS', { reason: 'inflates beyond its declared size', path: e.path }).error);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (x) {
      inflater.destroy();
      if (x instanceof Refusal) throw x;
      throw new Refusal(refuse('E_ZIP_UNSAFE', { reason: 'damaged compressed data', path: e.path }).error);
    }
    if (inflater.bytesWritten !== e.data.length) throw new Refusal(refuse('E_ZIP_UNSAFE', { reason: 'bytes after the compressed data', path: e.path }).error);
  }
  if (total !== e.size || crc !== e.crc) throw new Refusal(refuse('E_ZIP_UNSAFE', { reason: 'size or CRC mismatch', path: e.path }).error);
}

/** A BOM's UTF-8 bytes: a line-by-line TextDecoder dropped one at the start of each line, and so does linesOf. */
const BOM = [0xef, 0xbb, 0xbf] as const;

function lineText(buf: Buffer, start: number, end: number): string {
  const bom = end - start >= 3 && buf[start] === BOM[0] && buf[start + 1] === BOM[1] && buf[start + 2] === BOM[2];
  return buf.toString('utf8', bom ? start + 3 : start, end);
}

/**
 * Splits chunks into the lines they complete (each ending in `\n`), keeping the line begun and not
 * yet ended. linesOf and the record check thread (check-worker.ts) both split with it: the thread
 * names lines by number, so the two must agree line for line. `utf8` checks the bytes of the lines
 * a chunk completes before they are decoded (a newline byte is never inside a multi-byte
 * sequence, so whole lines are valid UTF-8 together exactly when each one is); push answers null
 * when they are not.
 */
export function lineSplitter(utf8: (bytes: Buffer) => boolean = () => true): { push(chunk: Buffer): string[] | null; pending(): number } {
  // The line begun in earlier chunks and not yet ended.
  let rest: Buffer = Buffer.alloc(0);
  return {
    push(chunk) {
      const first = chunk.indexOf(10);
      if (first === -1) {
        rest = Buffer.concat([rest, chunk]);
        return [];
      }
      const last = chunk.lastIndexOf(10);
      const head = rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, first)]) : chunk.subarray(0, first);
      if (!utf8(head) || !utf8(chunk.subarray(first + 1, last))) return null;
      const lines = [lineText(head, 0, head.length)];
      for (let start = first + 1; start <= last;) {
        const nl = chunk.indexOf(10, start);
        lines.push(lineText(chunk, start, nl));
        start = nl + 1;
      }
      // Copied: the chunk's buffer may be refilled once it is handed back.
      rest = Buffer.from(chunk.subarray(last + 1));
      return lines;
    },
    pending: () => rest.length,
  };
}

/**
 * Lines of a JSONL stream (each ending in `\n`), strictly UTF-8; a last line without its newline
 * is refused, as a truncated file would be. Yielded a chunk's worth at a time: a million awaits,
 * one per line, cost more than reading the lines. Each line is decoded on its own (small strings
 * die young).
 */
export async function* linesOf(chunks: AsyncIterable<Buffer>, path: string): AsyncGenerator<string[]> {
  const split = lineSplitter(isUtf8);
  for await (const chunk of chunks) {
    const lines = split.push(chunk);
    if (lines === null) throw new Refusal(refuse('E_DATA_SCHEMA', { path, reason: 'not UTF-8' }, `${path} 含非 UTF-8 字节`).error);
    if (lines.length > 0) yield lines;
  }
  if (split.pending() > 0) throw new Refusal(refuse('E_DATA_SCHEMA', { path, reason: 'last line has no newline' }, `${path} 最后一行不完整`).error);
}
