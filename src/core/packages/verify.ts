import { ok, type Result } from '../shared/result';
import { SIGNATURE_ALGORITHMS, SIGNATURE_PATHS, type SignatureAlgorithm } from '../signing/algorithms';
import type { Digests, SignatureVerifier, TrustedKey } from '../signing/ports';
import { bytesEqual, utf8Encode } from './bytes';
import { checkFiles } from './check-files';
import { checkSignatures } from './check-signatures';
import { MANIFEST_PATH, MAX_MANIFEST_BYTES, MIMETYPE, MIMETYPE_PATH } from './constants';
import { collisionKey, isSafeEntryName } from './entry-name';
import { parseManifest } from './manifest';
import type { Manifest } from './manifest-schema';
import { refuse } from './package-error';
import { decideSequence, type SequenceDecision, type StreamState } from './sequence';

/** One ZIP entry as the backend extracted it, in container order. */
export type PackageEntry = { path: string; bytes: Uint8Array; stored: boolean };

export type VerifyOptions = {
  trust: readonly TrustedKey[];
  verifier: SignatureVerifier;
  digests: Digests;
  now: Date;
  /** Our agency code; undefined for a third party, who checks no audience. */
  recipient?: string | undefined;
  /** The stream as we last recorded it; null before the first package; undefined: not checked. */
  stream?: StreamState | null | undefined;
  requiredAlgorithms?: readonly SignatureAlgorithm[] | undefined;
  /** A reviewer's override of E_EXPIRED, with a reason recorded by the caller. */
  allowExpired?: boolean | undefined;
};

export type VerifiedPackage = {
  manifest: Manifest;
  manifestBytes: Uint8Array;
  /** Names the package: the chain, replay and equivocation rules all use it. */
  manifestSha256: string;
  /** The trusted keys whose signatures verified, in the manifest's order. */
  signedBy: TrustedKey[];
  /** The listed files by path, each checked against its size and digests. */
  files: ReadonlyMap<string, Uint8Array>;
  sequence?: Extract<SequenceDecision, { outcome: 'accept' }> | undefined;
  /** True only when allowExpired let an expired package through. */
  expired: boolean;
};

function checkNames(entries: readonly PackageEntry[]): Result<Map<string, Uint8Array>> {
  const byPath = new Map<string, Uint8Array>();
  const keys = new Set<string>();
  for (const e of entries) {
    if (!isSafeEntryName(e.path)) return refuse('E_ZIP_UNSAFE', { reason: 'unsafe name', path: e.path });
    const key = collisionKey(e.path);
    if (keys.has(key)) return refuse('E_ZIP_UNSAFE', { reason: 'duplicate name', path: e.path });
    keys.add(key);
    byPath.set(e.path, e.bytes);
  }
  return ok(byPath);
}

function checkSignatureList(m: Manifest, entries: ReadonlyMap<string, Uint8Array>, signedBy: readonly TrustedKey[]): Result<TrustedKey[]> {
  const ordered: TrustedKey[] = [];
  for (const s of m.signatures) {
    const key = signedBy.find((k) => k.alg === s.alg);
    if (!entries.has(SIGNATURE_PATHS[s.alg]) || key === undefined) return refuse('E_SIG_MISSING', { alg: s.alg });
    if (key.keyId !== s.keyId) return refuse('E_KEY_UNKNOWN', { alg: s.alg, keyId: s.keyId });
    ordered.push(key);
  }
  const unlisted = SIGNATURE_ALGORITHMS.find((alg) => entries.has(SIGNATURE_PATHS[alg]) && !m.signatures.some((s) => s.alg === alg));
  if (unlisted !== undefined) return refuse('E_FILE_UNLISTED', { path: SIGNATURE_PATHS[unlisted] }, SIGNATURE_PATHS[unlisted]);
  return ok(ordered);
}

/**
 * formats.md §4 up to the files, in its order, stopping at the first failure: (names, as a second
 * line of defence behind the ZIP reader) → mimetype → signature over the manifest bytes with a
 * trusted key of that issuer → manifest schema and canonical form → audience → sequence → expiry
 * → every file's size and digests. What follows (records, stats, the state digest after a dry-run
 * apply) belongs to the list code that knows the records.
 *
 * @example verifyPackage(readPackageZip(bytes).value, { trust, verifier, digests, now: new Date() })
 *          // { ok: true, value: { manifest, manifestSha256, files, … } } or the first failing check
 */
export function verifyPackage(entries: readonly PackageEntry[], o: VerifyOptions): Result<VerifiedPackage> {
  const head = verifyPackageHead(entries, o);
  if (!head.ok) return head;
  const files = checkFiles(head.value.entries, head.value.manifest.files, o.digests);
  if (!files.ok) return files;
  const { manifest, manifestBytes, manifestSha256, signedBy, sequence, expired } = head.value;
  return ok({ manifest, manifestBytes, manifestSha256, signedBy, files: files.value, sequence, expired });
}

/**
 * Every check of verifyPackage before the files' sizes and digests, for a reader that checks
 * large files as it streams them (exchange import): `entries` then holds every name, and the
 * bytes of all but those files. Returns every entry by path for the file checks that follow.
 */
export function verifyPackageHead(entries: readonly PackageEntry[], o: VerifyOptions): Result<Omit<VerifiedPackage, 'files'> & { entries: ReadonlyMap<string, Uint8Array> }> {
  const names = checkNames(entries);
  if (!names.ok) return names;
  const byPath = names.value;
  const first = entries[0];
  if (first?.path !== MIMETYPE_PATH || !first.stored || !bytesEqual(first.bytes, utf8Encode(MIMETYPE))) return refuse('E_MIMETYPE');
  const manifestBytes = byPath.get(MANIFEST_PATH);
  if (manifestBytes === undefined) return refuse('E_SIG_MISSING', { reason: 'no manifest' }, '缺少 META-INF/manifest.json');
  if (manifestBytes.length > MAX_MANIFEST_BYTES) return refuse('E_ZIP_LIMITS', { path: MANIFEST_PATH, size: manifestBytes.length });
  const signatures = checkSignatures(byPath, manifestBytes, o);
  if (!signatures.ok) return signatures;
  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) return parsed;
  const m = parsed.value;
  const signedBy = checkSignatureList(m, byPath, signatures.value);
  if (!signedBy.ok) return signedBy;
  if (o.recipient !== undefined && !m.audience.includes('*') && !m.audience.includes(o.recipient)) {
    return refuse('E_NOT_FOR_US', { audience: m.audience, recipient: o.recipient });
  }
  const manifestSha256 = o.digests.sha256(manifestBytes);
  let sequence: VerifiedPackage['sequence'];
  if (o.stream !== undefined) {
    const decision = decideSequence(o.stream, m, manifestSha256);
    if (decision.outcome === 'refuse') return refuse(decision.code, decision.details);
    sequence = decision;
  }
  const expired = o.now.getTime() > Date.parse(m.expiresAt);
  if (expired && !o.allowExpired) return refuse('E_EXPIRED', { expiresAt: m.expiresAt, now: o.now.toISOString() }, `有效期至 ${m.expiresAt}`);
  return ok({ manifest: m, manifestBytes, manifestSha256, signedBy: signedBy.value, entries: byPath, sequence, expired });
}
