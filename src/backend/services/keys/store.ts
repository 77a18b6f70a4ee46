import { asc, eq } from 'drizzle-orm';
import type { SigningKeyView } from '../../../contract/keys';
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from '../../../core/signing/algorithms';
import { formatFingerprint } from '../../../core/signing/fingerprint';
import type { ManifestSigner } from '../../../core/signing/ports';
import { toBeijingIso } from '../../../core/shared/time';
import { signingKeys } from '../../db/schema';
import { fail } from '../../failure';
import { keyIdOf, spkiToPem } from '../../packages/public-key';
import { sealPrivateKey, unsealPrivateKey } from '../../packages/sealed-key';
import { publicSpkiOf, signerOf, type PrivateKey } from '../../packages/signers';
import { requireUser, type CallContext } from '../../router/context';

export type SigningKeyRow = typeof signingKeys.$inferSelect;

/** The contract says `sm2`; manifests and the signing code say `sm2-sm3` (SM2 over SM3). */
export const algOf = (alg: 'ed25519' | 'sm2'): SignatureAlgorithm => (alg === 'sm2' ? 'sm2-sm3' : 'ed25519');

/** Public information only: the sealed private key never leaves the backend. */
export function toKeyView(r: SigningKeyRow): SigningKeyView {
  return {
    id: r.id, alg: r.alg, keyId: r.keyId, fingerprint: formatFingerprint(r.keyId), spkiPem: r.spkiPem,
    status: r.status, createdAt: r.createdAt, createdBy: r.createdBy, retiredAt: r.retiredAt,
  };
}

export function allKeys(ctx: CallContext): SigningKeyRow[] {
  return ctx.ws.orm.select().from(signingKeys).orderBy(asc(signingKeys.id)).all();
}

/** Active keys in the manifest's signature order (Ed25519 first), at most one per algorithm. */
export function activeKeys(ctx: CallContext): SigningKeyRow[] {
  return allKeys(ctx).filter((k) => k.status === 'active')
    .sort((a, b) => SIGNATURE_ALGORITHMS.indexOf(a.alg as SignatureAlgorithm) - SIGNATURE_ALGORITHMS.indexOf(b.alg as SignatureAlgorithm));
}

/**
 * Unseals keys with the passphrase; E_KEY_PASSPHRASE when it opens any of them not. Unsealed keys
 * live only in this call's memory (signing happens in the backend process, never the renderer).
 */
export async function unsealAll(rows: readonly SigningKeyRow[], passphrase: string): Promise<PrivateKey[]> {
  const keys: PrivateKey[] = [];
  for (const row of rows) {
    const key = await unsealPrivateKey(row.sealed, passphrase);
    if (!key.ok) fail('E_KEY_PASSPHRASE', undefined, { field: 'passphrase', keyId: row.keyId });
    keys.push(key.value);
  }
  return keys;
}

/** Signers for every active key: E_KEY_NONE without one, E_KEY_PASSPHRASE when the passphrase is wrong. */
export async function activeSigners(ctx: CallContext, passphrase: string): Promise<ManifestSigner[]> {
  const rows = activeKeys(ctx);
  if (rows.length === 0) fail('E_KEY_NONE');
  return (await unsealAll(rows, passphrase)).map(signerOf);
}

/** Seals and stores a new active key; the caller audits. */
export async function storeKey(ctx: CallContext, key: PrivateKey, passphrase: string): Promise<SigningKeyRow> {
  const spki = publicSpkiOf(key);
  const sealed = await sealPrivateKey(key, passphrase);
  return ctx.ws.orm.insert(signingKeys).values({
    alg: key.alg, keyId: keyIdOf(spki), spkiPem: spkiToPem(spki), sealed, status: 'active',
    createdAt: toBeijingIso(ctx.now()), createdBy: requireUser(ctx).username,
  }).returning().get();
}

export function keyById(ctx: CallContext, id: number): SigningKeyRow {
  return ctx.ws.orm.select().from(signingKeys).where(eq(signingKeys.id, id)).get() ?? fail('E_NOT_FOUND', `未找到编号为 ${id} 的签名密钥`);
}
