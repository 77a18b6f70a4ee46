import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/backend/packages/crc32';
import { openPackage } from '../../../src/backend/packages/open';
import { readPackageZip } from '../../../src/backend/packages/zip-read';
import { frameZip, writePackageZip } from '../../../src/backend/packages/zip-write';
import { pkg, signer, trusted } from './fixtures';

const MIMETYPE = { path: 'mimetype', bytes: Buffer.from('application/vnd.qcd.qcp+zip;version=1'), store: true };
const reason = (bytes: Uint8Array) => {
  const r = readPackageZip(bytes);
  return r.ok ? 'OK' : `${r.error.code}:${String(r.error.details?.reason)}`;
};
const zip = (...paths: string[]) => writePackageZip([MIMETYPE, ...paths.map((path) => ({ path, bytes: Buffer.from('x') }))]);

/** Patch a 16- or 32-bit field of every local and central header (both, so they still agree). */
function patch(bytes: Uint8Array, field: 'flags' | 'external', value: number): Uint8Array {
  const b = Buffer.from(bytes);
  for (let p = 0; p < b.length - 4; p++) {
    const sig = b.readUInt32LE(p);
    if (field === 'flags' && sig === 0x04034b50) b.writeUInt16LE(value, p + 6);
    if (field === 'flags' && sig === 0x02014b50) b.writeUInt16LE(value, p + 8);
    if (field === 'external' && sig === 0x02014b50) b.writeUInt32LE(value, p + 38);
  }
  return b;
}

describe('ZIP safety (formats.md §4, the first check)', () => {
  it('reads its own packages, and unzip-compatible Chinese names', () => {
    expect(reason(pkg())).toBe('OK');
    expect(reason(zip('data/名单.csv'))).toBe('OK');
  });
  it('refuses ../, absolute paths, backslashes, drive letters, directories', () => {
    expect(reason(zip('../evil'))).toBe('E_ZIP_UNSAFE:unsafe name');
    expect(reason(zip('data/../../evil'))).toBe('E_ZIP_UNSAFE:unsafe name');
    expect(reason(zip('/etc/passwd'))).toBe('E_ZIP_UNSAFE:unsafe name');
    expect(reason(zip('data\\..\\evil'))).toBe('E_ZIP_UNSAFE:unsafe name');
    expect(reason(zip('C:/evil'))).toBe('E_ZIP_UNSAFE:unsafe name');
    expect(reason(zip('data/'))).toBe('E_ZIP_UNSAFE:directory entry');
  });
  it('refuses duplicate names, also when they differ only in case or Unicode form', () => {
    expect(reason(zip('data/a', 'data/a'))).toBe('E_ZIP_UNSAFE:duplicate name');
    expect(reason(zip('data/A', 'data/a'))).toBe('E_ZIP_UNSAFE:duplicate name');
    expect(reason(zip('data/é', 'data/e\u0301'))).toBe('E_ZIP_UNSAFE:duplicate name');
  });
  it('refuses symlinks and encrypted entries', () => {
    expect(reason(patch(zip('data/a'), 'external', 0o120777 * 0x10000))).toBe('E_ZIP_UNSAFE:symlink');
    expect(reason(patch(zip('data/a'), 'flags', 0x0801))).toBe('E_ZIP_UNSAFE:encrypted entry');
  });
  it('refuses a zip bomb by its ratio before inflating anything', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bomb = frameZip([{ path: 'mimetype', method: 0, data: MIMETYPE.bytes, size: MIMETYPE.bytes.length, crc: crc32(MIMETYPE.bytes) },
      { path: 'data/entries.jsonl', method: 8, data: deflateSync(zeros), size: zeros.length, crc: crc32(zeros) }]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(reason(bomb)).toBe('E_ZIP_LIMITS:compression ratio (zip bomb)');
    const r = openPackage(bomb, { trust: [trusted(signer('ed25519'))] });
    expect(!r.ok && r.error.code).toBe('E_ZIP_LIMITS');
  });
  it('refuses a bomb that lies about its size, sizes over the limits, and too many entries', () => {
    const big = new Uint8Array(900_000);
    const liar = frameZip([{ path: 'data/a', method: 8, data: deflateSync(big), size: 1000, crc: 0 }]);
    expect(reason(liar)).toBe('E_ZIP_LIMITS:inflates beyond its declared size');
    const declared = frameZip([{ path: 'data/a', method: 0, data: new Uint8Array(0), size: 0, crc: 0 }]);
    expect(reason(declared)).toBe('OK');
    expect(readPackageZip(zip('data/a'), { maxPackageBytes: 1e9, maxEntries: 256, maxEntryBytes: 0, maxTotalBytes: 1e9, maxRatio: 200, ratioFloorBytes: 1 }).ok).toBe(false);
    expect(reason(zip(...Array.from({ length: 300 }, (_, i) => `data/${i}`)))).toBe('E_ZIP_LIMITS:too many entries');
  });
  it('refuses anything outside the canonical profile: a comment, prefixed bytes, trailing bytes, a wrong CRC', () => {
    const good = zip('data/a');
    expect(reason(Buffer.concat([good, Buffer.from('tail')]))).toMatch(/^E_ZIP_UNSAFE/);
    expect(reason(Buffer.concat([Buffer.from('MZ'), good]))).toMatch(/^E_ZIP_UNSAFE/);
    expect(reason(frameZip([{ path: 'data/a', method: 0, data: Buffer.from('x'), size: 1, crc: 1 }]))).toBe('E_ZIP_UNSAFE:size or CRC mismatch');
    expect(reason(new Uint8Array(0))).toMatch(/^E_ZIP_UNSAFE/);
    expect(reason(Buffer.from('PK\u0005\u0006'))).toMatch(/^E_ZIP_UNSAFE/);
  });
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
