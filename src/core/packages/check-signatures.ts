import { ok, type Result } from '../shared/result';
import { SIGNATURE_ALGORITHMS, SIGNATURE_PATHS, algorithmOfSignaturePath, type SignatureAlgorithm } from '../signing/algorithms';
import { formatFingerprint } from '../signing/fingerprint';
import type { SignatureVerifier, TrustedKey } from '../signing/ports';
import { SIGNATURE_PREFIX } from './constants';
import { peekSignerClaims } from './manifest';
import { refuse } from './package-error';

export type SignatureOptions = {
  trust: readonly TrustedKey[];
  verifier: SignatureVerifier;
  /** The receiver's policy: algorithms every package must be signed with (formats.md §3). */
  requiredAlgorithms?: readonly SignatureAlgorithm[] | undefined;
};

function keyIsCurrent(key: TrustedKey, sequence: number | undefined, streamId: string | undefined): boolean {
  if (key.revoked) return false;
  if (key.validThrough !== undefined) {
    const last = streamId === undefined ? undefined : key.validThrough[streamId];
    if (last === undefined || sequence === undefined || sequence > last) return false;
  }
  if (sequence === undefined) return key.revokedAfterSequence === undefined && key.validFromSequence === undefined;
  if (key.revokedAfterSequence !== undefined && sequence > key.revokedAfterSequence) return false;
  return key.validFromSequence === undefined || sequence >= key.validFromSequence;
}

/**
 * Every signature present must verify over the exact manifest bytes with a trusted key that the
 * manifest names, of the agency the manifest names as issuer. Trust comes only from `trust`,
 * never from the signer.pem inside the package. Order of refusals: unknown algorithm, missing
 * signature, untrusted key, bad signature, key of another agency, revoked key — so that only a
 * genuinely signed claim is ever reported as "revoked" or "another issuer".
 *
 * @example checkSignatures(entries, manifestBytes, { trust, verifier }) // { ok: true, value: [trustedKey] }
 */
export function checkSignatures(entries: ReadonlyMap<string, Uint8Array>, manifest: Uint8Array, o: SignatureOptions): Result<TrustedKey[]> {
  const sigPaths = [...entries.keys()].filter((p) => p.startsWith(SIGNATURE_PREFIX));
  const unknown = sigPaths.find((p) => algorithmOfSignaturePath(p) === undefined);
  if (unknown !== undefined) return refuse('E_ALG_UNSUPPORTED', { path: unknown });
  if (sigPaths.length === 0) return refuse('E_SIG_MISSING');
  const missing = (o.requiredAlgorithms ?? []).find((alg) => !entries.has(SIGNATURE_PATHS[alg]));
  if (missing !== undefined) return refuse('E_SIG_MISSING', { requiredAlgorithm: missing }, `接收方要求 ${missing} 签名`);
  const claims = peekSignerClaims(manifest);
  const signedBy: TrustedKey[] = [];
  for (const alg of SIGNATURE_ALGORITHMS) {
    const signature = entries.get(SIGNATURE_PATHS[alg]);
    if (signature === undefined) continue;
    const verifies = (k: TrustedKey) => k.alg === alg && o.verifier(alg, k.spki, manifest, signature);
    const keyId = claims.keyIds[alg];
    let key: TrustedKey | undefined;
    if (keyId === undefined) {
      // The manifest does not say (it is damaged, or not ours): only a trusted key that verifies it
      // lets it through, and the schema check then says what is wrong with it.
      key = o.trust.find(verifies);
      if (key === undefined) return refuse('E_SIG_INVALID', { alg });
    } else {
      const candidates = o.trust.filter((k) => k.alg === alg && k.keyId === keyId);
      if (candidates.length === 0) return refuse('E_KEY_UNKNOWN', { alg, keyId, fingerprint: formatFingerprint(keyId) }, `指纹 ${formatFingerprint(keyId)}`);
      if (!candidates.some(verifies)) return refuse('E_SIG_INVALID', { alg, keyId });
      key = candidates.find((k) => k.agencyCode === '*' || k.agencyCode === claims.agencyCode);
      if (key === undefined) {
        return refuse('E_KEY_NOT_ISSUER', { alg, keyId, claimedIssuer: claims.agencyCode, keyAgencies: candidates.map((k) => k.agencyCode) });
      }
    }
    if (!keyIsCurrent(key, claims.sequence, claims.streamId)) {
      return refuse('E_KEY_REVOKED', {
        alg, keyId: key.keyId, streamId: claims.streamId, sequence: claims.sequence, validFromSequence: key.validFromSequence, revokedAfterSequence: key.revokedAfterSequence,
        ...(key.validThrough ? { validThrough: key.validThrough } : {}),
      });
    }
    signedBy.push(key);
  }
  return ok(signedBy);
}
