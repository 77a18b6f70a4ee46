import { eq } from 'drizzle-orm';
import { canonicalJson } from '../../../core/shared/canonical-json';
import { NEW_KEY_PATH, STATEMENT_PATH, statementSigPath } from '../../../core/packages/rotation';
import { toBeijingIso } from '../../../core/shared/time';
import { signingKeys } from '../../db/schema';
import { fail } from '../../failure';
import { buildPackage, type PackageFile } from '../../packages/build';
import { spkiToPem } from '../../packages/public-key';
import { sealPrivateKey } from '../../packages/sealed-key';
import { generatePrivateKey, signerOf } from '../../packages/signers';
import type { CallContext, Handler } from '../../router/context';
import { derivedPackageId, lastOnStream, storeIssued } from '../publications/issued';
import { addYears } from '../publications/dates';
import { requireAgency } from './agency';
import { activeKeys, algOf, storeKey, toKeyView, unsealAll } from './store';

/** Key rotations and revocations travel on their own stream, apart from the lists. */
export const KEYS_STREAM = 'keys';

/** Per stream, the last sequence issued: the retiring key stays valid up to these and no further. */
function lastSequences(ctx: CallContext): Record<string, number> {
  const rows = ctx.ws.db.prepare('SELECT stream_id AS s, max(sequence) AS n FROM packages_out GROUP BY stream_id ORDER BY stream_id').all() as { s: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.s, r.n]));
}

/**
 * formats.md §3 rotation. The manifest carries one signature per algorithm, so two keys of one
 * algorithm cannot both sign it; and a receiver trusts only the current key, so the new key's
 * signature on the manifest would be refused as unknown. Instead: every current key signs the
 * manifest (which lists the statement, the new public key and the new key's signature by digest),
 * and the new key signs the statement, which names both keys, the package id and the sequences up
 * to which the old key stays valid. Both signatures check with OpenSSL alone.
 */
export const keysRotate: Handler<'keys:rotate'> = async (input, ctx) => {
  const alg = algOf(input.alg);
  const agency = requireAgency(ctx);
  const current = activeKeys(ctx);
  const old = current.find((k) => k.alg === alg);
  if (!old) fail('E_KEY_NONE', `没有启用中的 ${alg} 签名密钥可供轮换`, { field: 'alg' });
  const unsealed = await unsealAll(current, input.passphrase);
  const fresh = generatePrivateKey(alg);
  const freshSigner = signerOf(fresh);
  const previous = lastOnStream(ctx, KEYS_STREAM);
  const sequence = (previous?.sequence ?? 0) + 1;
  const now = ctx.now();
  const issuedAt = toBeijingIso(now);
  const packageId = derivedPackageId({ agency: agency.code, stream: KEYS_STREAM, sequence, oldKeyId: old.keyId, newKeyId: freshSigner.keyId });
  const statement = Buffer.from(canonicalJson({
    format: 'qcd-key-rotation', version: 1, agencyCode: agency.code, agencyName: agency.name, packageId, issuedAt,
    oldKey: { alg: old.alg, keyId: old.keyId }, newKey: { alg, keyId: freshSigner.keyId },
    oldKeyValidThrough: lastSequences(ctx),
  }), 'utf8');
  const files: PackageFile[] = [
    { path: STATEMENT_PATH, mediaType: 'application/json', bytes: statement },
    { path: NEW_KEY_PATH, mediaType: 'application/x-pem-file', bytes: Buffer.from(spkiToPem(freshSigner.spki), 'utf8') },
    { path: statementSigPath(alg), mediaType: 'application/octet-stream', bytes: freshSigner.sign(statement) },
  ];
  const built = buildPackage({
    packageId, packageType: 'key-rotation', issuer: { agencyCode: agency.code, agencyName: agency.name }, audience: ['*'],
    stream: { id: KEYS_STREAM, sequence, ...(previous ? { prevManifestSha256: previous.manifestSha256 } : {}) },
    issuedAt, expiresAt: addYears(issuedAt, 1), generator: { name: 'Quality Credit Desk', version: ctx.appVersion },
  }, files, unsealed.map(signerOf));
  if (!built.ok) fail(built.error.code, built.error.message, built.error.details);
  const stored = storeIssued(ctx, built.value, null, null);
  const retiredAt = toBeijingIso(now);
  const retired = ctx.ws.orm.update(signingKeys).set({ status: 'retired', retiredAt }).where(eq(signingKeys.id, old.id)).returning().get();
  if (!retired) fail('E_NOT_FOUND');
  // One passphrase still opens every active key: the others are sealed again under the new one.
  for (const [i, row] of current.entries()) {
    const key = unsealed[i];
    if (row.id === old.id || !key) continue;
    ctx.ws.orm.update(signingKeys).set({ sealed: await sealPrivateKey(key, input.newPassphrase) }).where(eq(signingKeys.id, row.id)).run();
  }
  const row = await storeKey(ctx, fresh, input.newPassphrase);
  ctx.audit({
    action: 'keys:rotate', entity: 'signing_key', entityId: String(row.id), before: { keyId: old.keyId, status: 'active' },
    after: { keyId: row.keyId, retiredKeyId: old.keyId, package: { id: stored.id, sequence, manifestSha256: stored.manifestSha256 } },
  });
  return {
    key: toKeyView(row), retired: toKeyView(retired),
    package: { id: stored.id, fileName: stored.fileName, streamId: stored.streamId, sequence: stored.sequence, packageSha256: stored.packageSha256, manifestSha256: stored.manifestSha256 },
  };
};
