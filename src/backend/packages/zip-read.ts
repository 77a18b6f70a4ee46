import { inflateRawSync } from 'node:zlib';
import { refuse } from '../../core/packages/package-error';
import { collisionKey, isSafeEntryName } from '../../core/packages/entry-name';
import type { PackageEntry } from '../../core/packages/verify';
import { ok, type Result } from '../../core/shared/result';
import { crc32 } from './crc32';
import { CENTRAL_HEADER, DEFAULT_ZIP_LIMITS, END_RECORD, LOCAL_HEADER, METHOD, SIG, ZIP_PROFILE, type ZipLimits } from './zip-profile';

export type Central = { path: string; name: Buffer; method: number; crc: number; compressed: number; size: number; offset: number };

const unsafe = (reason: string, more: Record<string, unknown> = {}) => refuse('E_ZIP_UNSAFE', { reason, ...more });
const limits = (reason: string, more: Record<string, unknown> = {}) => refuse('E_ZIP_LIMITS', { reason, ...more });
const utf8 = new TextDecoder('utf-8', { fatal: true });
const S_IFMT = 0o170000;

/** The central directory, read and checked in full before a single byte is inflated. */
export function readDirectory(buf: Buffer, lim: ZipLimits): Result<Central[]> {
  const end = buf.length - END_RECORD;
  if (end < 0 || buf.readUInt32LE(end) !== SIG.end) return unsafe('no end record (not a ZIP, damaged, or a trailing comment)');
  const count = buf.readUInt16LE(end + 10);
  if (count > lim.maxEntries) return limits('too many entries', { entries: count, max: lim.maxEntries });
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (buf.readUInt32LE(end + 4) !== 0 || buf.readUInt16LE(end + 8) !== count || buf.readUInt16LE(end + 20) !== 0 || cdOffset + cdSize !== end) {
    return unsafe('inconsistent end record');
  }
  const out: Central[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  let expectedOffset = 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_HEADER > end || buf.readUInt32LE(p) !== SIG.central) return unsafe('damaged central directory', { entry: i });
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const external = buf.readUInt32LE(p + 38);
    if (p + CENTRAL_HEADER + nameLength > end) return unsafe('damaged central directory', { entry: i });
    const name = buf.subarray(p + CENTRAL_HEADER, p + CENTRAL_HEADER + nameLength);
    let path: string;
    try {
      path = utf8.decode(name);
    } catch {
      return unsafe('name is not UTF-8', { entry: i });
    }
    if (flags & 0x41 || method === 99) return unsafe('encrypted entry', { path });
    const type = Math.floor(external / 0x10000) & S_IFMT;
    if (type === 0o120000) return unsafe('symlink', { path });
    if (type === 0o040000 || path.endsWith('/')) return unsafe('directory entry', { path });
    if (!isSafeEntryName(path)) return unsafe('unsafe name', { path });
    if (seen.has(collisionKey(path))) return unsafe('duplicate name', { path });
    seen.add(collisionKey(path));
    if (size > lim.maxEntryBytes) return limits('entry too large', { path, size, max: lim.maxEntryBytes });
    total += size;
    if (total > lim.maxTotalBytes) return limits('total too large', { total, max: lim.maxTotalBytes });
    if (method !== METHOD.stored && method !== METHOD.deflate) return unsafe('compression method', { path, method });
    if (method === METHOD.stored && compressed !== size) return unsafe('stored sizes differ', { path });
    if (method === METHOD.deflate && size >= lim.ratioFloorBytes && size > Math.max(compressed, 1) * lim.maxRatio) {
      return limits('compression ratio (zip bomb)', { path, size, compressed, maxRatio: lim.maxRatio });
    }
    const canonical = buf.readUInt16LE(p + 4) === ZIP_PROFILE.versionMadeBy && buf.readUInt16LE(p + 6) === ZIP_PROFILE.versionNeeded
      && flags === ZIP_PROFILE.flags && buf.readUInt16LE(p + 12) === ZIP_PROFILE.dosTime && buf.readUInt16LE(p + 14) === ZIP_PROFILE.dosDate
      && buf.readUInt16LE(p + 30) === 0 && buf.readUInt16LE(p + 32) === 0 && buf.readUInt16LE(p + 34) === 0
      && buf.readUInt16LE(p + 36) === 0 && external === ZIP_PROFILE.externalAttributes;
    if (!canonical) return unsafe('header fields outside the package profile', { path });
    const offset = buf.readUInt32LE(p + 42);
    if (offset !== expectedOffset) return unsafe('gap or overlap between entries', { path });
    expectedOffset = offset + LOCAL_HEADER + nameLength + compressed;
    out.push({ path, name, method, crc: buf.readUInt32LE(p + 16), compressed, size, offset });
    p += CENTRAL_HEADER + nameLength;
  }
  if (p !== end || expectedOffset !== cdOffset) return unsafe('data outside the entries');
  return ok(out);
}

/** The local header must repeat the central one exactly: two views of one entry may not differ. */
export function localMatches(buf: Buffer, c: Central): boolean {
  const p = c.offset;
  return buf.readUInt32LE(p) === SIG.local && buf.readUInt16LE(p + 4) === ZIP_PROFILE.versionNeeded
    && buf.readUInt16LE(p + 6) === ZIP_PROFILE.flags && buf.readUInt16LE(p + 8) === c.method
    && buf.readUInt16LE(p + 10) === ZIP_PROFILE.dosTime && buf.readUInt16LE(p + 12) === ZIP_PROFILE.dosDate
    && buf.readUInt32LE(p + 14) === c.crc && buf.readUInt32LE(p + 18) === c.compressed && buf.readUInt32LE(p + 22) === c.size
    && buf.readUInt16LE(p + 26) === c.name.length && buf.readUInt16LE(p + 28) === 0
    && buf.subarray(p + LOCAL_HEADER, p + LOCAL_HEADER + c.name.length).equals(c.name);
}

export function inflate(data: Buffer, c: Central): Result<Uint8Array> {
  if (c.method === METHOD.stored) return ok(data);
  let result: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    // Never more than the declared size: a bomb that lies in its header stops here.
    // One output chunk of the declared size: zlib's default 16 KiB chunks would be copied together again.
    result = inflateRawSync(data, { maxOutputLength: Math.max(c.size, 1), chunkSize: Math.max(c.size, 64), info: true }) as unknown as typeof result;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return code === 'ERR_BUFFER_TOO_LARGE' ? limits('inflates beyond its declared size', { path: c.path }) : unsafe('damaged compressed data', { path: c.path });
  }
  if (result.engine.bytesWritten !== data.length) return unsafe('bytes after the compressed data', { path: c.path });
  return ok(result.buffer);
}

/**
 * The first check of formats.md §4: the container's limits and names, then every entry inflated
 * within its declared size and checked against its CRC. Returns the entries in container order
 * for `verifyPackage`, or E_ZIP_UNSAFE / E_ZIP_LIMITS; never throws, whatever the bytes.
 *
 * @example readPackageZip(readFileSync('a.qcp')) // { ok: true, value: [{ path: 'mimetype', … }, …] }
 */
export function readPackageZip(bytes: Uint8Array, lim: ZipLimits = DEFAULT_ZIP_LIMITS): Result<PackageEntry[]> {
  if (bytes.length > lim.maxPackageBytes) return limits('package too large', { size: bytes.length, max: lim.maxPackageBytes });
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  try {
    const directory = readDirectory(buf, lim);
    if (!directory.ok) return directory;
    const entries: PackageEntry[] = [];
    for (const c of directory.value) {
      if (!localMatches(buf, c)) return unsafe('local header differs from the central directory', { path: c.path });
      const start = c.offset + LOCAL_HEADER + c.name.length;
      const data = inflate(buf.subarray(start, start + c.compressed), c);
      if (!data.ok) return data;
      if (data.value.length !== c.size || crc32(data.value) !== c.crc) return unsafe('size or CRC mismatch', { path: c.path });
      entries.push({ path: c.path, bytes: data.value, stored: c.method === METHOD.stored });
    }
    return ok(entries);
  } catch (e) {
    // A read past the end of a truncated or crafted file: damaged, whatever the field.
    return unsafe('damaged', { error: e instanceof Error ? e.message : String(e) });
  }
}
