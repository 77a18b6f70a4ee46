import type { SignatureAlgorithm } from './algorithms';

/**
 * The crypto the pure core needs, as interfaces: the core decides, the backend computes
 * (node:crypto, sm-crypto). Everything is synchronous because every implementation is, and a
 * synchronous verifier keeps the ordered checks a plain function.
 */

/** A public key as it travels: the SubjectPublicKeyInfo DER and its derived id. */
export type PublicKey = { alg: SignatureAlgorithm; keyId: string; spki: Uint8Array };

/** Signs the exact manifest bytes. SM2 implementations must be deterministic (see backend/crypto/sm2). */
export type ManifestSigner = PublicKey & { sign(message: Uint8Array): Uint8Array };

/** Never throws: malformed keys or signatures are simply `false`. */
export type SignatureVerifier = (alg: SignatureAlgorithm, spki: Uint8Array, message: Uint8Array, signature: Uint8Array) => boolean;

/** Lowercase hex digests. */
export type Digests = { sha256(bytes: Uint8Array): string; sm3(bytes: Uint8Array): string };

/**
 * A key the receiver trusts for one issuer, after a person confirmed its fingerprint out of band.
 * `agencyCode: '*'` is a key trusted for whoever the manifest names (a key handed to
 * `qcd verify --trusted-key`, where there is no registry to say whose it is).
 */
export type TrustedKey = PublicKey & {
  agencyCode: string;
  /** The key signs sequences ≥ this (set by a key-rotation package). */
  validFromSequence?: number | undefined;
  /** The key signs sequences ≤ this only (rotation or revocation). */
  revokedAfterSequence?: number | undefined;
  /**
   * A key rotated away (formats.md §3): per stream, the last sequence it signed before the
   * rotation. It signs nothing later on those streams, and nothing on any other.
   */
  validThrough?: Readonly<Record<string, number>> | undefined;
  /** A revocation notice with no safe sequence: nothing it signed is accepted. */
  revoked?: boolean | undefined;
};
