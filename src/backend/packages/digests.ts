import { createHash, getHashes, hash } from 'node:crypto';
import type { Digests } from '../../core/signing/ports';
import { createSm3 } from '../crypto/sm3';

/**
 * SM3 through node:crypto where its OpenSSL has it (Node: 2–3× faster), else our streaming
 * JavaScript SM3 (Electron's BoringSSL has none).
 */
export const NATIVE_SM3 = getHashes().includes('sm3');

/** @example sha256Hex(Buffer.from('abc')) // 'ba7816bf…' */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** @example sm3Hex(Buffer.from('abc')) // '66c7f0f4…' */
export function sm3Hex(bytes: Uint8Array): string {
  const h = sm3Hasher();
  h.update(bytes);
  return h.digest();
}

/** An SM3 fed chunk by chunk, native where the runtime has one. */
export function sm3Hasher(): { update(bytes: Uint8Array): unknown; digest(): string } {
  if (!NATIVE_SM3) return createSm3();
  const h = createHash('sm3');
  return { update: (bytes) => h.update(bytes), digest: () => h.digest('hex') };
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
