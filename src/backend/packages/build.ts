import { FORMAT, FORMAT_VERSION, MANIFEST_PATH, MIMETYPE, MIMETYPE_PATH, SIGNER_PEM_PATH } from '../../core/packages/constants';
import { manifestBytes, parseManifest } from '../../core/packages/manifest';
import type { Manifest } from '../../core/packages/manifest-schema';
import { refuse } from '../../core/packages/package-error';
import { ok, type Result } from '../../core/shared/result';
import { SIGNATURE_ALGORITHMS, SIGNATURE_PATHS, type SignatureAlgorithm } from '../../core/signing/algorithms';
import type { ManifestSigner } from '../../core/signing/ports';
import { nodeDigests } from './digests';
import { spkiToPem } from './public-key';
import { writePackageZip, type ZipInput } from './zip-write';

export type PackageFile = { path: string; mediaType: string; bytes: Uint8Array; deflated?: Uint8Array | undefined };

/** Everything of the manifest but what the builder derives: files, signatures and the key id. */
export type ManifestDraft = Omit<Manifest, 'format' | 'formatVersion' | 'files' | 'signatures' | 'issuer'> & {
  issuer: Omit<Manifest['issuer'], 'keyId'>;
};

export type BuiltPackage = { bytes: Uint8Array; manifest: Manifest; manifestBytes: Uint8Array; manifestSha256: string; fileName: string };

/** `signer.pem` for the first signer, as formats.md names it; `signer.<suffix>.pem` for a second. */
export function signerPemPath(alg: SignatureAlgorithm, index: number): string {
  return index === 0 ? SIGNER_PEM_PATH : `META-INF/signer.${SIGNATURE_PATHS[alg].split('.').pop() ?? alg}.pem`;
}

/**
 * `<issuerCode>_<stream>_<sequence>_<yyyymmdd>.qcp` (formats.md §1); the stream's slashes become
 * dashes, the date is the one written in issuedAt (Beijing time).
 *
 * @example packageFileName(m) // '12430000MB1234567X_blacklist-quality_42_20261201.qcp'
 */
export function packageFileName(m: Pick<Manifest, 'issuer' | 'stream' | 'issuedAt'>): string {
  return `${m.issuer.agencyCode}_${m.stream.id.replace(/\//g, '-')}_${m.stream.sequence}_${m.issuedAt.slice(0, 10).replace(/-/g, '')}.qcp`;
}

/**
 * Files + manifest + signatures → the .qcp bytes. Deterministic: the same draft, files and keys
 * give the same bytes (fixed ZIP fields, files sorted by path, canonical manifest, deterministic
 * Ed25519 and SM2). The manifest is put through the reader's own parser first, so the builder
 * cannot emit a package that a receiver refuses for its manifest.
 *
 * @example buildPackage(draft, [{ path: 'data/entries.jsonl', mediaType: 'application/jsonl', bytes }], [signer])
 */
export function buildPackage(draft: ManifestDraft, files: readonly PackageFile[], signers: readonly ManifestSigner[]): Result<BuiltPackage> {
  const [primary] = signers;
  if (primary === undefined || new Set(signers.map((s) => s.alg)).size !== signers.length) return refuse('E_VALIDATION', { reason: 'one signer per algorithm, at least one' });
  const ordered = [...signers].sort((a, b) => SIGNATURE_ALGORITHMS.indexOf(a.alg) - SIGNATURE_ALGORITHMS.indexOf(b.alg));
  const pems: PackageFile[] = signers.map((s, i) => ({ path: signerPemPath(s.alg, i), mediaType: 'application/x-pem-file', bytes: Buffer.from(spkiToPem(s.spki), 'utf8') }));
  const all = [...pems, ...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = {
    ...draft,
    format: FORMAT, formatVersion: FORMAT_VERSION,
    issuer: { ...draft.issuer, keyId: primary.keyId },
    files: all.map((f) => ({ path: f.path, mediaType: f.mediaType, size: f.bytes.length, sha256: nodeDigests.sha256(f.bytes), sm3: nodeDigests.sm3(f.bytes) })),
    signatures: signers.map((s) => ({ alg: s.alg, keyId: s.keyId })),
  };
  const bytes = manifestBytes(manifest);
  const checked = parseManifest(bytes);
  if (!checked.ok) return checked;
  const entries: ZipInput[] = [
    { path: MIMETYPE_PATH, bytes: Buffer.from(MIMETYPE, 'utf8'), store: true },
    { path: MANIFEST_PATH, bytes },
    ...ordered.map((s) => ({ path: SIGNATURE_PATHS[s.alg], bytes: s.sign(bytes), store: true })),
    ...all.map((f) => ({ path: f.path, bytes: f.bytes, deflated: f.deflated })),
  ];
  return ok({ bytes: writePackageZip(entries), manifest: checked.value, manifestBytes: bytes, manifestSha256: nodeDigests.sha256(bytes), fileName: packageFileName(manifest) });
}
