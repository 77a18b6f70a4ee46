import type Database from 'better-sqlite3';
import { and, asc, eq } from 'drizzle-orm';
import type { TrustedKeyView } from '../../../contract/trust';
import { formatFingerprint, parseFingerprint } from '../../../core/signing/fingerprint';
import type { TrustedKey } from '../../../core/signing/ports';
import { toBeijingIso } from '../../../core/shared/time';
import { trustedKeys, type TrustedKeyRow } from '../../db/schema';
import { fail } from '../../failure';
import { publicKeyFromPem, spkiToPem } from '../../packages/public-key';
import { requireUser, type Handler } from '../../router/context';

/** A stored per-stream validity (trust-rotation), or null: written by this program only, read back as such. */
export const validThroughOf = (json: string | null): Record<string, number> | null => (json === null ? null : JSON.parse(json) as Record<string, number>);

/** What the verifier needs of a registry row (core TrustedKey), or undefined for a key it cannot read. */
export function trustedKeyOf(r: Pick<TrustedKeyRow, 'agencyCode' | 'spkiPem' | 'validFromSequence' | 'revokedAfterSequence' | 'validThrough'>): TrustedKey | undefined {
  const k = publicKeyFromPem(r.spkiPem);
  return k && {
    ...k, agencyCode: r.agencyCode, validFromSequence: r.validFromSequence ?? undefined, revokedAfterSequence: r.revokedAfterSequence ?? undefined,
    validThrough: validThroughOf(r.validThrough) ?? undefined,
  };
}

/** Partner keys of the trust registry (never our own, never the package's signer.pem). */
export function partnerKeys(db: Database.Database): TrustedKey[] {
  const rows = db.prepare(`SELECT agency_code AS agencyCode, spki_pem AS spkiPem, valid_from_sequence AS validFromSequence,
    revoked_after_sequence AS revokedAfterSequence, valid_through AS validThrough FROM trusted_keys`).all() as Parameters<typeof trustedKeyOf>[0][];
  return rows.flatMap((r) => trustedKeyOf(r) ?? []);
}

const toView = (r: TrustedKeyRow): TrustedKeyView => ({ ...r, fingerprint: formatFingerprint(r.keyId), validThrough: validThroughOf(r.validThrough) });

/**
 * Never trust on first use: the key is registered only when the fingerprint a person typed from
 * the partner's letter (or read back on the phone) is exactly the key's own SHA-256.
 */
export const trustAdd: Handler<'trust:add'> = (input, ctx) => {
  const key = publicKeyFromPem(input.pem);
  if (!key) fail('E_KEY_FORMAT');
  const typed = parseFingerprint(input.fingerprint);
  if (typed !== key.keyId) {
    // The key's own fingerprint is deliberately not in the message: shown here, it would be copied
    // back from the error instead of being checked with the partner agency.
    fail('E_FINGERPRINT_MISMATCH', undefined, { field: 'fingerprint' });
  }
  const clash = ctx.ws.orm.select().from(trustedKeys).where(and(eq(trustedKeys.agencyCode, input.agencyCode), eq(trustedKeys.keyId, key.keyId))).get();
  if (clash) fail('E_KEY_ALREADY_TRUSTED', `该公钥已于 ${clash.confirmedAt} 由 ${clash.confirmedBy} 登记`);
  const row = ctx.ws.orm.insert(trustedKeys).values({
    agencyCode: input.agencyCode, agencyName: input.agencyName, alg: key.alg, keyId: key.keyId, spkiPem: spkiToPem(key.spki),
    confirmedBy: requireUser(ctx).username, confirmedAt: toBeijingIso(ctx.now()), validFromSequence: input.validFromSequence ?? null,
  }).returning().get();
  ctx.audit({ action: 'trust:add', entity: 'trusted_key', entityId: String(row.id), before: null, after: { agencyCode: row.agencyCode, agencyName: row.agencyName, alg: row.alg, keyId: row.keyId, validFromSequence: row.validFromSequence } });
  return toView(row);
};

export const trustList: Handler<'trust:list'> = (input, ctx) =>
  ctx.ws.orm.select().from(trustedKeys).where(input.agencyCode ? eq(trustedKeys.agencyCode, input.agencyCode) : undefined)
    .orderBy(asc(trustedKeys.agencyCode), asc(trustedKeys.id)).all().map(toView);

export const trustRevoke: Handler<'trust:revoke'> = (input, ctx) => {
  const row = ctx.ws.orm.select().from(trustedKeys).where(eq(trustedKeys.id, input.id)).get();
  if (!row) fail('E_NOT_FOUND', `未找到编号为 ${input.id} 的登记公钥`);
  if (row.revokedAt) fail('E_ALREADY_DECIDED', `该公钥已于 ${row.revokedAt} 由 ${row.revokedBy ?? ''} 吊销`);
  const revoked = ctx.ws.orm.update(trustedKeys).set({
    revokedAt: toBeijingIso(ctx.now()), revokedBy: requireUser(ctx).username, revokedAfterSequence: input.afterSequence ?? 0,
  }).where(eq(trustedKeys.id, row.id)).returning().get();
  if (!revoked) fail('E_NOT_FOUND');
  ctx.audit({ action: 'trust:revoke', entity: 'trusted_key', entityId: String(row.id), before: { revokedAt: null }, after: { revokedAfterSequence: revoked.revokedAfterSequence, reason: input.reason } });
  return toView(revoked);
};
