import { createHash, getHashes, hash } from 'node:crypto';
// Default import: sm-crypto is CommonJS, and Node's ESM loader (the bundled CLI) sees no named exports.
import smCrypto from 'sm-crypto';
import type { Digests } from '../../core/signing/ports';

/**
 * SM3 through node:crypto where its OpenSSL has it (Node: about 20× faster than pure JavaScript,
 * which matters for a gigabyte of JSONL), else sm-crypto (Electron's BoringSSL has no SM3).
 */
const NATIVE_SM3 = getHashes().includes('sm3');

/** @example sha256Hex(Buffer.from('abc')) // 'ba7816bf…' */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** @example sm3Hex(Buffer.from('abc')) // '66c7f0f4…' */
export function sm3Hex(bytes: Uint8Array): string {
  return NATIVE_SM3 ? createHash('sm3').update(bytes).digest('hex') : smCrypto.sm3(bytes);
}

/**
 * SHA-256 of a string's UTF-8 bytes, for `stateSha256` and each record's content digest: one-shot
 * (no Hash object to create and finalise), which a million records a snapshot feel.
 *
 * @example sha256Utf8('abc') // 'ba7816bf…'
 */
export function sha256Utf8(text: string): string {
  return hash('sha256', text, 'hex');
}

export const nodeDigests: Digests = { sha256: sha256Hex, sm3: sm3Hex };
