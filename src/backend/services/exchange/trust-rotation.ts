import { and, eq } from 'drizzle-orm';
import type { TrustRotationView } from '../../../contract/trust';
import { refuse } from '../../../core/packages/package-error';
import { checkRotation, type Rotation } from '../../../core/packages/rotation';
import { decideSequence, type StreamState } from '../../../core/packages/sequence';
import { verifyPackage } from '../../../core/packages/verify';
import { ok, type AppError, type Result } from '../../../core/shared/result';
import { toBeijingIso } from '../../../core/shared/time';
import { formatFingerprint } from '../../../core/signing/fingerprint';
import { trustedKeys } from '../../db/schema';
import { fail } from '../../failure';
import { nodeDigests, sha256Hex } from '../../packages/digests';
import { publicKeyFromPem, spkiToPem } from '../../packages/public-key';
import { nodeVerifier } from '../../packages/verifier';
import { readPackageZip } from '../../packages/zip-read';
import { requireUser, type CallContext, type Handler } from '../../router/context';
import { requireAgency } from '../keys/agency';
import { keepEvidence } from './in/evidence';
import { loadStreamState, recordStream } from './in/stream-state';
import { partnerKeys } from './trust';
import type { Manifest } from '../../../core/packages/manifest-schema';

type Checked = { view: TrustRotationView; rotation: Rotation; manifest: Manifest; manifestSha256: string; state: StreamState | null };

const imported = (ctx: CallContext, packageSha256: string): boolean =>
  ctx.ws.db.prepare("SELECT 1 FROM packages_in WHERE package_sha256 = ? AND status = 'imported'").pluck().get(packageSha256) === 1;

/**
 * formats.md §3–§4 for a key-rotation package: the ZIP, the manifest signed by a key we trust for
 * its issuer (the old key, still current for this sequence), audience, sequence on the issuer's
 * `keys` stream, expiry, every file's digests; then the rotation's own checks (core/packages/
 * rotation). A package imported before is a no-op (I_ALREADY_IMPORTED), checked first: once
 * applied, its own old key no longer signs its sequence.
 */
function check(ctx: CallContext, bytes: Buffer): Result<Checked> {
  const packageSha256 = sha256Hex(bytes);
  if (imported(ctx, packageSha256)) return refuse('I_ALREADY_IMPORTED', { packageSha256 });
  const zip = readPackageZip(bytes);
  if (!zip.ok) return zip;
  const v = verifyPackage(zip.value, {
    trust: partnerKeys(ctx.ws.db), verifier: nodeVerifier, digests: nodeDigests, now: ctx.now(), recipient: requireAgency(ctx).code,
  });
  if (!v.ok) return v;
  const m = v.value.manifest;
  if (m.packageType !== 'key-rotation') return refuse('E_MANIFEST_SCHEMA', { packageType: m.packageType, reason: 'not a key-rotation package' }, '不是密钥轮换包');
  if (v.value.expired) return refuse('E_EXPIRED', { expiresAt: m.expiresAt, now: ctx.now().toISOString() }, `有效期至 ${m.expiresAt}`);
  const state = loadStreamState(ctx.ws.db, m.issuer.agencyCode, m.stream.id);
  const decision = decideSequence(state, m, v.value.manifestSha256);
  if (decision.outcome === 'refuse') return refuse(decision.code, decision.details);
  const files = new Map(zip.value.map((e) => [e.path, e.bytes]));
  const rotation = checkRotation(files, m, v.value.signedBy, { verifier: nodeVerifier, publicKeyFromPem });
  if (!rotation.ok) return rotation;
  const { statement, oldKey, newKey } = rotation.value;
  const already = ctx.ws.orm.select().from(trustedKeys).where(and(eq(trustedKeys.agencyCode, m.issuer.agencyCode), eq(trustedKeys.keyId, newKey.keyId))).get();
  return ok({
    rotation: rotation.value, manifest: m, manifestSha256: v.value.manifestSha256, state,
    view: {
      packageSha256, agencyCode: m.issuer.agencyCode, agencyName: m.issuer.agencyName, packageId: m.packageId, sequence: m.stream.sequence, issuedAt: m.issuedAt,
      oldKey: { alg: oldKey.alg, keyId: oldKey.keyId, fingerprint: formatFingerprint(oldKey.keyId) },
      newKey: { alg: newKey.alg, keyId: newKey.keyId, fingerprint: formatFingerprint(newKey.keyId), spkiPem: spkiToPem(newKey.spki), alreadyTrusted: already !== undefined },
      validThrough: statement.oldKeyValidThrough,
    },
  });
}

const failWith = (e: AppError): never => fail(e.code, e.message, e.details);

export const trustRotationPreview: Handler<'trust:rotation-preview'> = (input, ctx) => {
  const c = check(ctx, Buffer.from(input.contentBase64, 'base64'));
  return c.ok ? c.value.view : failWith(c.error);
};

/**
 * Applies a checked rotation in the call's one transaction: the new key is trusted for its issuer
 * (vouched for by the old key's signature, which a person confirmed out of band when enrolling
 * it), the old key thereafter signs nothing beyond the sequences the statement names, the
 * package is kept as evidence and the keys stream advances — last.
 */
export const trustRotationApply: Handler<'trust:rotation-apply'> = (input, ctx) => {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const actual = sha256Hex(bytes);
  if (input.expectedPackageSha256 !== undefined && input.expectedPackageSha256 !== actual) {
    fail('E_EXCHANGE_PREVIEW_MISMATCH', undefined, { expected: input.expectedPackageSha256, actual });
  }
  const c = check(ctx, bytes);
  if (!c.ok) return failWith(c.error);
  const { view, rotation, manifest: m } = c.value;
  const user = requireUser(ctx).username;
  const at = toBeijingIso(ctx.now());
  const oldRow = ctx.ws.orm.select().from(trustedKeys).where(and(eq(trustedKeys.agencyCode, view.agencyCode), eq(trustedKeys.keyId, rotation.oldKey.keyId))).get();
  if (!oldRow) fail('E_KEY_UNKNOWN');
  ctx.ws.orm.update(trustedKeys).set({ validThrough: JSON.stringify(view.validThrough) }).where(eq(trustedKeys.id, oldRow.id)).run();
  if (!view.newKey.alreadyTrusted) {
    ctx.ws.orm.insert(trustedKeys).values({
      agencyCode: view.agencyCode, agencyName: oldRow.agencyName, alg: rotation.newKey.alg, keyId: rotation.newKey.keyId, spkiPem: view.newKey.spkiPem,
      confirmedBy: user, confirmedAt: at, validFromSequence: null,
    }).run();
  }
  keepEvidence(ctx.ws.dir, view.packageSha256, bytes);
  recordStream(ctx.ws.db, c.value.state, m, c.value.manifestSha256, { packageSha256: view.packageSha256, fileName: input.fileName, receivedAt: at, receivedBy: user });
  ctx.audit({
    action: 'trust:rotate', entity: 'trusted_key', entityId: String(oldRow.id), before: { keyId: oldRow.keyId, validThrough: oldRow.validThrough },
    after: { agencyCode: view.agencyCode, newKeyId: view.newKey.keyId, validThrough: view.validThrough, packageId: view.packageId, packageSha256: view.packageSha256, sequence: view.sequence },
  });
  return view;
};
