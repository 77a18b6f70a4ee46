import { canonicalJson } from '../shared/canonical-json';
import { ok, type Result } from '../shared/result';
import { isSignatureAlgorithm, type SignatureAlgorithm } from '../signing/algorithms';
import { bytesEqual, utf8Decode, utf8Encode } from './bytes';
import { FORMAT, FORMAT_VERSION } from './constants';
import { ManifestSchema, type Manifest } from './manifest-schema';
import { refuse } from './package-error';

/**
 * The signed bytes: canonical JSON (RFC 8785 / JCS), UTF-8, no BOM, no trailing newline.
 *
 * @example utf8Decode(manifestBytes(m)) === canonicalJson(m) // true
 */
export function manifestBytes(manifest: Manifest): Uint8Array {
  return utf8Encode(canonicalJson(manifest));
}

/**
 * Parse the (already signature-checked) manifest: format and version first, since a newer
 * version may legitimately fail this version's schema; then the schema; then the canonical form,
 * so that there is exactly one byte string per manifest and its SHA-256 names the package.
 *
 * @example parseManifest(manifestBytes(m)) // { ok: true, value: m }
 */
export function parseManifest(bytes: Uint8Array): Result<Manifest> {
  const text = utf8Decode(bytes);
  if (text === undefined) return refuse('E_MANIFEST_SCHEMA', { reason: 'not UTF-8' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('E_MANIFEST_SCHEMA', { reason: 'not JSON' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse('E_MANIFEST_SCHEMA', { reason: 'not an object' });
  const head = json as { format?: unknown; formatVersion?: unknown };
  if (head.format !== FORMAT || head.formatVersion !== FORMAT_VERSION) {
    return refuse('E_FORMAT_VERSION', { format: String(head.format), formatVersion: String(head.formatVersion) });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }));
    return refuse('E_MANIFEST_SCHEMA', { issues }, issues.map((i) => `${i.path} ${i.message}`).join('；'));
  }
  if (!bytesEqual(bytes, utf8Encode(canonicalJson(json)))) return refuse('E_MANIFEST_NONCANONICAL');
  return ok(parsed.data);
}

/** What the manifest says about its signers, read before it is trusted (see check-signatures). */
export type SignerClaims = { agencyCode?: string; streamId?: string; sequence?: number; keyIds: Partial<Record<SignatureAlgorithm, string>> };

/**
 * Reads only who claims to have signed: which key to check the signature with must come from the
 * signed bytes themselves (as a JWS `kid`), and it is proven only when that key's signature verifies.
 * Never fails: unreadable claims are empty and the signature check then fails on its own.
 */
export function peekSignerClaims(bytes: Uint8Array): SignerClaims {
  const claims: SignerClaims = { keyIds: {} };
  const text = utf8Decode(bytes);
  if (text === undefined) return claims;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return claims;
  }
  const m = json as { issuer?: { agencyCode?: unknown; keyId?: unknown }; stream?: { id?: unknown; sequence?: unknown }; signatures?: unknown } | null;
  if (typeof m !== 'object' || m === null) return claims;
  if (typeof m.issuer?.agencyCode === 'string') claims.agencyCode = m.issuer.agencyCode;
  if (typeof m.stream?.sequence === 'number') claims.sequence = m.stream.sequence;
  if (typeof m.stream?.id === 'string') claims.streamId = m.stream.id;
  if (Array.isArray(m.signatures)) {
    for (const raw of m.signatures as Array<{ alg?: unknown; keyId?: unknown } | string | null>) {
      // formats.md's bare algorithm name claims the issuer's key.
      const s = typeof raw === 'string' ? { alg: raw, keyId: m.issuer?.keyId } : raw;
      if (s && isSignatureAlgorithm(s.alg) && typeof s.keyId === 'string' && claims.keyIds[s.alg] === undefined) claims.keyIds[s.alg] = s.keyId;
    }
  }
  return claims;
}
