/**
 * The signature algorithms a package may carry. `sm2-sm3` is SM2 over SM3 with the standard
 * Z(ID) preprocessing and the user id pinned below; `ed25519` is pure Ed25519 (RFC 8032).
 */
export const SIGNATURE_ALGORITHMS = ['ed25519', 'sm2-sm3'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

/**
 * GB/T 35276's default user id. Pinned: a different id gives a signature that no other party
 * (nor `openssl -pkeyopt distid:1234567812345678`) verifies.
 */
export const SM2_USER_ID = '1234567812345678';

/** Where each algorithm's signature over META-INF/manifest.json lives in the container. */
export const SIGNATURE_PATHS: Readonly<Record<SignatureAlgorithm, string>> = {
  ed25519: 'META-INF/manifest.sig.ed25519',
  'sm2-sm3': 'META-INF/manifest.sig.sm2',
};

/** @example isSignatureAlgorithm('sm2-sm3') // true */
export function isSignatureAlgorithm(value: unknown): value is SignatureAlgorithm {
  return typeof value === 'string' && (SIGNATURE_ALGORITHMS as readonly string[]).includes(value);
}

/** @example algorithmOfSignaturePath('META-INF/manifest.sig.sm2') // 'sm2-sm3' */
export function algorithmOfSignaturePath(path: string): SignatureAlgorithm | undefined {
  return SIGNATURE_ALGORITHMS.find((alg) => SIGNATURE_PATHS[alg] === path);
}
