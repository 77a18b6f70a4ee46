import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../packages/crc32';
import { CENTRAL_HEADER, END_RECORD, LOCAL_HEADER, SIG } from '../packages/zip-profile';

/** ZIP64 marks a size or offset it moved elsewhere with all ones. */
const MOVED = 0xffffffff;

function endRecord(buf: Buffer): number {
  // The end record may be followed by a comment of up to 65,535 bytes.
  const floor = Math.max(0, buf.length - END_RECORD - 0xffff);
  for (let p = buf.length - END_RECORD; p >= floor; p--) if (buf.readUInt32LE(p) === SIG.end) return p;
  return -1;
}

/**
 * Why a workbook's ZIP is damaged, or null when every member inflates to its declared size and
 * CRC. SheetJS's own inflater loops for ever on some damaged deflate streams (one flipped bit was
 * enough), blocking the backend; zlib refuses them at once, so the container is checked first.
 * Lenient where Excel and other writers differ (comments, data descriptors, any timestamps), and a
 * ZIP64 member is left to the reader.
 *
 * @example zipDamage(readFileSync('book.xlsx')) // null
 */
export function zipDamage(bytes: Uint8Array, maxTotalBytes: number): string | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  try {
    const end = endRecord(buf);
    if (end < 0) return 'no end record';
    const count = buf.readUInt16LE(end + 10);
    let p = buf.readUInt32LE(end + 16);
    if (p === MOVED) return null;
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(p) !== SIG.central) return `damaged central directory at entry ${i}`;
      const method = buf.readUInt16LE(p + 10);
      const crc = buf.readUInt32LE(p + 16);
      const compressed = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLength = buf.readUInt16LE(p + 28);
      const next = p + CENTRAL_HEADER + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
      const offset = buf.readUInt32LE(p + 42);
      p = next;
      if (compressed === MOVED || size === MOVED || offset === MOVED) continue;
      total += size;
      if (total > maxTotalBytes) return 'members too large';
      if (buf.readUInt32LE(offset) !== SIG.local) return `damaged local header at entry ${i}`;
      const start = offset + LOCAL_HEADER + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
      if (start + compressed > buf.length) return `entry ${i} runs past the end`;
      const data = buf.subarray(start, start + compressed);
      if (method !== 0 && method !== 8) return `compression method ${method}`;
      const out = method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      if (out.length !== size || crc32(out) !== crc) return `size or CRC mismatch at entry ${i}`;
    }
    return null;
  } catch (e) {
    // A field pointing past the end, or zlib refusing the data.
    return e instanceof Error ? e.message : String(e);
  }
}
