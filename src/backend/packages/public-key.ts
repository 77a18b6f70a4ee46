import { createHash, createPublicKey } from 'node:crypto';
import type { SignatureAlgorithm } from '../../core/signing/algorithms';
import type { PublicKey } from '../../core/signing/ports';
import { sm2PointOfSpki } from '../crypto/sm2';

/** Ed25519 SPKI is this 12-byte header and the 32-byte key (RFC 8410). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** @example keyIdOf(spki) // lowercase hex SHA-256 of the DER, as `openssl pkey -pubin -outform DER | sha256sum` */
export function keyIdOf(spki: Uint8Array): string {
  return createHash('sha256').update(spki).digest('hex');
}

/** Which algorithm an SPKI is for, recognised by its exact DER header; undefined for any other key. */
export function algorithmOfSpki(spki: Uint8Array): SignatureAlgorithm | undefined {
  if (spki.length === ED25519_SPKI_PREFIX.length + 32 && Buffer.from(spki.subarray(0, ED25519_SPKI_PREFIX.length)).equals(ED25519_SPKI_PREFIX)) {
    // Parsed once through OpenSSL as well, so that a malformed key is refused here, not at verify time.
    try {
      return createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' }).asymmetricKeyType === 'ed25519' ? 'ed25519' : undefined;
    } catch {
      return undefined;
    }
  }
  return sm2PointOfSpki(spki) !== undefined ? 'sm2-sm3' : undefined;
}

/** PEM `PUBLIC KEY` (SubjectPublicKeyInfo), 64-character lines, as OpenSSL writes it. */
export function spkiToPem(spki: Uint8Array): string {
  const b64 = Buffer.from(spki).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----\n`;
}

/** The first `PUBLIC KEY` block of a PEM text, as DER; undefined when there is none or it is not base64. */
export function pemToSpki(pem: string): Uint8Array | undefined {
  const m = /-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n?-----END PUBLIC KEY-----/.exec(pem);
  if (!m?.[1]) return undefined;
  const b64 = m[1].replace(/\s/g, '');
  const der = Buffer.from(b64, 'base64');
  // Buffer.from ignores junk in base64; a round trip proves the text was exactly this DER.
  return der.length > 0 && der.toString('base64') === b64 ? new Uint8Array(der) : undefined;
}

/** A public key from PEM text, with its algorithm and id, or undefined when it is not one we use. */
export function publicKeyFromPem(pem: string): PublicKey | undefined {
  const spki = pemToSpki(pem);
  const alg = spki && algorithmOfSpki(spki);
  return spki && alg ? { alg, keyId: keyIdOf(spki), spki } : undefined;
}
