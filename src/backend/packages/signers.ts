import type { SignatureAlgorithm } from '../../core/signing/algorithms';
import type { ManifestSigner } from '../../core/signing/ports';
import { ed25519Sign, ed25519SpkiOf, generateEd25519 } from '../crypto/ed25519';
import { generateSm2, sm2Sign, sm2SpkiOf } from '../crypto/sm2';
import { keyIdOf } from './public-key';

/**
 * A private key as this app keeps it: PKCS#8 DER for Ed25519, the raw 32-byte scalar for SM2
 * (sm-crypto's form). Only ever in memory; at rest it is sealed (sealed-key.ts).
 */
export type PrivateKey = { alg: SignatureAlgorithm; privateKey: Uint8Array };

/** @example generatePrivateKey('sm2-sm3') // { alg: 'sm2-sm3', privateKey: <32 bytes> } */
export function generatePrivateKey(alg: SignatureAlgorithm): PrivateKey {
  return { alg, privateKey: alg === 'ed25519' ? generateEd25519().privatePkcs8 : generateSm2().privateKey };
}

/** The SPKI DER of a private key's public half. */
export function publicSpkiOf(key: PrivateKey): Uint8Array {
  return key.alg === 'ed25519' ? ed25519SpkiOf(key.privateKey) : sm2SpkiOf(key.privateKey);
}

/** A signer for package manifests; both algorithms are deterministic, so packages rebuild byte for byte. */
export function signerOf(key: PrivateKey): ManifestSigner {
  const spki = publicSpkiOf(key);
  const sign = key.alg === 'ed25519' ? (m: Uint8Array) => ed25519Sign(key.privateKey, m) : (m: Uint8Array) => sm2Sign(key.privateKey, m);
  return { alg: key.alg, keyId: keyIdOf(spki), spki, sign };
}
