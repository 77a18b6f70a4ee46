import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { buildPackage } from '../../src/backend/packages/build';
import { buildExchange } from '../../src/backend/services/exchange/out/build';
import { scopeOf } from '../../src/backend/services/publications/select';
import { spkiToPem } from '../../src/backend/packages/public-key';
import { unsealPrivateKey } from '../../src/backend/packages/sealed-key';
import { generatePrivateKey, signerOf } from '../../src/backend/packages/signers';
import { NEW_KEY_PATH, STATEMENT_PATH, statementSigPath } from '../../src/core/packages/rotation';
import { canonicalJson } from '../../src/core/shared/canonical-json';
import type { ManifestSigner } from '../../src/core/signing/ports';
import type { TestBackend } from '../helpers/workspace';
import { AGENCY_A, AGENCY_B, agencyWorkspace, databaseDigest, PASSPHRASE, type Clock } from './exchange-fixtures';
import { seedListScene } from './publications-fixtures';

// formats.md §3: a partner rotates its key with a package signed by the old key (which we trust)
// and the new one; afterwards the old key signs nothing beyond the sequences it had reached.
const clockA: Clock = { at: new Date('2026-07-06T02:00:00Z') };
const clockB: Clock = { at: new Date('2026-07-06T03:00:00Z') };
const NEW_PASSPHRASE = '新签名口令 Sign-2027';
let A: TestBackend;
let B: TestBackend;
let aReviewer: string;
let aAdmin: string;
let bAdmin: string;
let bOfficer: string;
let oldSigner: ManifestSigner;
const later = (c: Clock) => { c.at = new Date(c.at.getTime() + 3600_000); };
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function exportA(snapshot: boolean, passphrase: string): Promise<Buffer> {
  later(clockA);
  const out = (await A.value('exchange:export', { stream: 'black', snapshot, passphrase }, aReviewer)) as OutputOf<'exchange:export'>;
  return Buffer.from(((await A.value('publications:export', { id: out.id }, aReviewer)) as OutputOf<'publications:export'>).contentBase64, 'base64');
}

function importB(bytes: Uint8Array) {
  later(clockB);
  return B.call('exchange:import-apply', { contentBase64: b64(bytes), fileName: 'p.qcp' }, bOfficer);
}

const rotate = (channel: 'trust:rotation-preview' | 'trust:rotation-apply', bytes: Uint8Array, session = bAdmin) =>
  B.call(channel, { contentBase64: b64(bytes), fileName: 'rotation.qcp' }, session);

async function refusedUnchanged(bytes: Uint8Array, code: string): Promise<void> {
  const before = databaseDigest(B.ws.db);
  const r = await rotate('trust:rotation-apply', bytes);
  expect(r.ok ? 'accepted' : r.error.code).toBe(code);
  if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(databaseDigest(B.ws.db)).toBe(before);
}

/** A rotation package as rotate.ts makes it, with the parts a test wants changed. */
function craft(o: { manifestSigner: ManifestSigner; newKey: ManifestSigner; statementSigner?: ManifestSigner; statement?: Record<string, unknown>; sequence?: number }): Uint8Array {
  const packageId = randomUUID();
  const statement = Buffer.from(canonicalJson({
    format: 'qcd-key-rotation', version: 1, agencyCode: AGENCY_A.agencyCode, agencyName: AGENCY_A.agencyName, packageId, issuedAt: '2026-07-06T12:00:00+08:00',
    oldKey: { alg: oldSigner.alg, keyId: oldSigner.keyId }, newKey: { alg: o.newKey.alg, keyId: o.newKey.keyId }, oldKeyValidThrough: { 'exchange/black': 1 },
    ...o.statement,
  }), 'utf8');
  const built = buildPackage({
    packageId, packageType: 'key-rotation', issuer: AGENCY_A, audience: ['*'], stream: { id: 'keys', sequence: o.sequence ?? 5 },
    issuedAt: '2026-07-06T12:00:00+08:00', expiresAt: '2027-07-06T12:00:00+08:00', generator: { name: 'test', version: '1' },
  }, [
    { path: STATEMENT_PATH, mediaType: 'application/json', bytes: statement },
    { path: NEW_KEY_PATH, mediaType: 'application/x-pem-file', bytes: Buffer.from(spkiToPem(o.newKey.spki), 'utf8') },
    { path: statementSigPath(o.newKey.alg), mediaType: 'application/octet-stream', bytes: (o.statementSigner ?? o.newKey).sign(statement) },
  ], [o.manifestSigner]);
  if (!built.ok) throw new Error(built.error.code);
  return built.value.bytes;
}

beforeAll(async () => {
  const a = await agencyWorkspace(AGENCY_A, clockA);
  A = a.b;
  aReviewer = a.reviewer;
  aAdmin = a.admin;
  const b = await agencyWorkspace(AGENCY_B, clockB);
  B = b.b;
  bAdmin = b.admin;
  bOfficer = b.officer;
  await B.value('trust:add', { ...AGENCY_A, pem: a.key.spkiPem, fingerprint: a.key.fingerprint }, bAdmin);
  seedListScene(A.ws.db);
  const sealed = A.ws.db.prepare("SELECT sealed FROM signing_keys WHERE status = 'active'").pluck().get() as string;
  const key = await unsealPrivateKey(sealed, PASSPHRASE);
  if (!key.ok) throw new Error('unseal');
  oldSigner = signerOf(key.value);
}, 120_000);
afterAll(() => { A?.cleanup(); B?.cleanup(); });

describe('a partner key rotation', { timeout: 120_000 }, () => {
  it('is previewed, applied by an administrator, then the new key signs and the old one no longer does', async () => {
    expect((await importB(await exportA(true, PASSPHRASE))).ok).toBe(true);
    later(clockA);
    const rotated = (await A.value('keys:rotate', { alg: 'ed25519', passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE }, aAdmin)) as OutputOf<'keys:rotate'>;
    const pkg = Buffer.from(((await A.value('publications:export', { id: rotated.package.id }, aAdmin)) as OutputOf<'publications:export'>).contentBase64, 'base64');
    // Signed by the new key, A's next delta is refused until B has the rotation.
    const delta = await exportA(false, NEW_PASSPHRASE);
    const early = await importB(delta);
    expect(early.ok ? 'accepted' : early.error.code).toBe('E_KEY_UNKNOWN');

    const before = databaseDigest(B.ws.db);
    const preview = await rotate('trust:rotation-preview', pkg);
    expect(preview.ok && preview.value).toMatchObject({
      agencyCode: AGENCY_A.agencyCode, sequence: 1, oldKey: { keyId: oldSigner.keyId }, newKey: { keyId: rotated.key.keyId, fingerprint: rotated.key.fingerprint, alreadyTrusted: false },
      validThrough: { 'exchange/black': 1 },
    });
    expect(databaseDigest(B.ws.db)).toBe(before);
    const officer = await rotate('trust:rotation-apply', pkg, bOfficer);
    expect(officer.ok ? 'accepted' : officer.error.code).toBe('E_FORBIDDEN');

    expect((await rotate('trust:rotation-apply', pkg)).ok).toBe(true);
    const keys = (await B.value('trust:list', { agencyCode: AGENCY_A.agencyCode }, bAdmin)) as OutputOf<'trust:list'>;
    expect(keys.map((k) => [k.keyId, k.validThrough])).toEqual([[oldSigner.keyId, { 'exchange/black': 1 }], [rotated.key.keyId, null]]);
    const audit = B.ws.db.prepare("SELECT after_json FROM audit_log WHERE action = 'trust:rotate'").pluck().all() as string[];
    expect(audit).toHaveLength(1);

    // Now the new key's delta is taken; the same delta signed by the old key is not.
    const taken = await importB(delta);
    expect(taken.ok, taken.ok ? '' : taken.error.code).toBe(true);
    // A snapshot signed by the old key after the rotation: refused, as is a rotation it signs on.
    const late = buildExchange(A.ws.db, {
      scope: scopeOf('black'), agency: { code: AGENCY_A.agencyCode, name: AGENCY_A.agencyName }, signers: [oldSigner], appVersion: 'test',
      snapshot: true, audience: ['*'], sequence: 3, issuedAt: '2026-07-06T22:00:00+08:00', expiresAt: '2026-12-01T00:00:00+08:00', previous: new Map(),
    });
    if (!late.ok) throw new Error(late.error.code);
    const beforeLate = databaseDigest(B.ws.db);
    const lateImport = await importB(late.value.bytes);
    expect(lateImport.ok ? 'accepted' : lateImport.error.code).toBe('E_KEY_REVOKED');
    expect(databaseDigest(B.ws.db)).toBe(beforeLate);
    await refusedUnchanged(craft({ manifestSigner: oldSigner, newKey: signerOf(generatePrivateKey('ed25519')), sequence: 9 }), 'E_KEY_REVOKED');

    // The same rotation again: a no-op.
    await refusedUnchanged(pkg, 'I_ALREADY_IMPORTED');
  });

  it('is refused when the new key did not sign the statement, the statement names another key, or no trusted key signed it', async () => {
    const ours = (await B.value('trust:list', { agencyCode: AGENCY_A.agencyCode }, bAdmin)) as OutputOf<'trust:list'>;
    const current = ours.find((k) => k.validThrough === null);
    const sealed = A.ws.db.prepare("SELECT sealed FROM signing_keys WHERE status = 'active' AND key_id = ?").pluck().get(current?.keyId) as string;
    const key = await unsealPrivateKey(sealed, NEW_PASSPHRASE);
    if (!key.ok) throw new Error('unseal');
    const signer = signerOf(key.value);
    const fresh = signerOf(generatePrivateKey('ed25519'));
    const other = signerOf(generatePrivateKey('ed25519'));
    const statement = { oldKey: { alg: signer.alg, keyId: signer.keyId } };
    await refusedUnchanged(craft({ manifestSigner: signer, newKey: fresh, statementSigner: other, statement }), 'E_SIG_INVALID');
    await refusedUnchanged(craft({ manifestSigner: signer, newKey: fresh, statement: { ...statement, newKey: { alg: 'ed25519', keyId: other.keyId } } }), 'E_DATA_SCHEMA');
    await refusedUnchanged(craft({ manifestSigner: signer, newKey: fresh, statement: { ...statement, agencyCode: AGENCY_B.agencyCode } }), 'E_DATA_SCHEMA');
    await refusedUnchanged(craft({ manifestSigner: signer, newKey: fresh, statement: { oldKey: { alg: 'ed25519', keyId: other.keyId } } }), 'E_KEY_UNKNOWN');
    await refusedUnchanged(craft({ manifestSigner: other, newKey: fresh, statement: { oldKey: { alg: 'ed25519', keyId: other.keyId } } }), 'E_KEY_UNKNOWN');
    // A well-formed rotation from the current key is then accepted.
    expect((await rotate('trust:rotation-apply', craft({ manifestSigner: signer, newKey: fresh, statement, sequence: 6 }))).ok).toBe(true);
  });
});
