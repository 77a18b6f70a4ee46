import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { fail } from '../../failure';
import type { CsvEncoding } from '../csv-read';
import { isZip } from '../table';
import { utf16Of, type Utf16 } from '../utf16';

/**
 * Where an import's bytes are: an upload held in memory (at most MAX_IMPORT_BYTES), or a file
 * on this computer named by the command line (any size). Both are read a piece at a time, once
 * for the preview and again for the commit; neither is ever parsed into memory whole.
 */
export type ImportSource = { kind: 'bytes'; bytes: Buffer } | { kind: 'file'; path: string };

/** What one pass over the bytes tells: the digest the commit must see again, and how to read them. */
export type SourceScan = { sha256: string; size: number; zip: boolean; encoding: CsvEncoding };

/**
 * Small enough that a piece, decoded, is an ordinary young-generation string: V8 puts strings over
 * 128 KB straight into its large-object space, where a million-row file's pieces piled up as
 * garbage until the next full collection.
 */
const READ_BYTES = 64 * 1024;

/**
 * The source's bytes in pieces of at most 64 KB, read synchronously (a file is opened for this
 * pass only). A file's pieces share one buffer: each is valid until the next is asked for, so
 * a consumer copies what it keeps (the decoder and the hash do not keep anything).
 */
export function* sourceChunks(source: ImportSource): Generator<Buffer> {
  if (source.kind === 'bytes') {
    for (let at = 0; at < source.bytes.length; at += READ_BYTES) yield source.bytes.subarray(at, at + READ_BYTES);
    return;
  }
  let fd: number;
  try {
    fd = openSync(source.path, 'r');
  } catch (e) {
    return fail('E_IMPORT_FORMAT', `无法读取文件 ${source.path}：${e instanceof Error ? e.message : String(e)}`);
  }
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, READ_BYTES, null);
      if (n === 0) return;
      yield n === READ_BYTES ? buffer : buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** How many bytes at the end of `b` begin a UTF-8 sequence that the next piece completes. */
function incompleteTail(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * One pass over the source: its SHA-256, size, whether it is a ZIP (XLSX), and for CSV its
 * encoding as `csvEncoding` decides for a whole file: UTF-16 from the first piece, else UTF-8
 * when valid throughout, else GB18030.
 */
export function scanSource(source: ImportSource): SourceScan {
  const hash = createHash('sha256');
  let size = 0;
  let utf8 = true;
  let carry: Buffer = Buffer.alloc(0);
  let head: Buffer | null = null;
  let utf16: Utf16 | null = null;
  for (const chunk of sourceChunks(source)) {
    hash.update(chunk);
    size += chunk.length;
    if (head === null) {
      head = Buffer.from(chunk.subarray(0, 4));
      utf16 = utf16Of(chunk);
    }
    if (!utf8) continue;
    const piece = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const tail = incompleteTail(piece);
    utf8 = isUtf8(piece.subarray(0, piece.length - tail));
    carry = Buffer.from(piece.subarray(piece.length - tail));
  }
  if (carry.length > 0) utf8 = false;
  return { sha256: hash.digest('hex'), size, zip: head !== null && isZip(head), encoding: utf16 ?? (utf8 ? 'utf-8' : 'gb18030') };
}
