import { crc32 as zlibCrc32 } from 'node:zlib';

/**
 * CRC-32 (IEEE 802.3), as ZIP uses it: zlib's, native and vectorised (Node ≥ 20.15 and Electron's
 * Node have it), twenty times a JavaScript table's speed on the megabytes of a publication.
 *
 * @example crc32(Buffer.from('123456789')) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes) >>> 0;
}
