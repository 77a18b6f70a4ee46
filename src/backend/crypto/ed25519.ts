import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/**
 * Ed25519 through node:crypto (OpenSSL in Node, BoringSSL in Electron: both have it). Keys travel
 * as DER: the private key as PKCS#8, the public key as SubjectPublicKeyInfo, the form
 * `openssl pkey` reads and the key id is computed over.
 */
export type Ed25519KeyPair = { privatePkcs8: Uint8Array; spki: Uint8Array };

export const ED25519_SIGNATURE_BYTES = 64;

/** @example const { privatePkcs8, spki } = generateEd25519() */
export function generateEd25519(): Ed25519KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePkcs8: new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' })),
    spki: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
  };
}

/** The public key of a PKCS#8 private key, as SPKI DER. */
export function ed25519SpkiOf(privatePkcs8: Uint8Array): Uint8Array {
  const key = createPrivateKey({ key: Buffer.from(privatePkcs8), format: 'der', type: 'pkcs8' });
  return new Uint8Array(createPublicKey(key).export({ format: 'der', type: 'spki' }));
}

/** Deterministic (RFC 8032): the same key and message give the same 64 bytes. */
export function ed25519Sign(privatePkcs8: Uint8Array, message: Uint8Array): Uint8Array {
  const key = createPrivateKey({ key: Buffer.from(privatePkcs8), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('not an Ed25519 private key');
  return new Uint8Array(sign(null, message, key));
}

/** False, never a throw, for a malformed key or signature: callers turn it into E_SIG_INVALID. */
export function ed25519Verify(spki: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== ED25519_SIGNATURE_BYTES) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' && verify(null, message, key, signature);
  } catch {
    return false;
  }
}
