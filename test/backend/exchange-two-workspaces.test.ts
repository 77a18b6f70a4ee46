import { deflateSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { crc32 } from '../../src/backend/packages/crc32';
import { sha256Hex } from '../../src/backend/packages/digests';
import { generatePrivateKey, signerOf } from '../../src/backend/packages/signers';
import { unsealPrivateKey } from '../../src/backend/packages/sealed-key';
import { readPackageZip } from '../../src/backend/packages/zip-read';
import { frameZip, writePackageZip } from '../../src/backend/packages/zip-write';
import { buildExchange } from '../../src/backend/services/exchange/out/build';
import { evidencePath } from '../../src/backend/services/exchange/in/evidence';
import { scopeOf } from '../../src/backend/services/publications/select';
import { MIMETYPE } from '../../src/core/packages/constants';
import type { TestBackend } from '../helpers/workspace';
import { AGENCY_A, AGENCY_B, AGENCY_C, agencyWorkspace, databaseDigest, heldState, PASSPHRASE, type Clock } from './exchange-fixtures';
import { insertEnterprise, insertEntry, seedListScene } from './publications-fixtures';

const STREAM = 'exchange/black';
const clockA: Clock = { at: new Date('2026-07-06T02:00:00Z') };
const clockB: Clock = { at: new Date('2026-07-06T03:00:00Z') };
let A: TestBackend;
let B: TestBackend;
let aReviewer: string;
let bOfficer: string;
let bReviewer: string;
const sent: { bytes: Buffer; out: OutputOf<'exchange:export'> }[] = [];

/** Sessions end after idling, so moving B's clock far means signing in again. */
async function moveB(to: Date): Promise<void> {
  clockB.at = to;
  bOfficer = await B.login('officer');
  bReviewer = await B.login('reviewer');
}

const later = (c: Clock, hours = 1) => { c.at = new Date(c.at.getTime() + hours * 3600_000); };

async function exportA(snapshot = false): Promise<{ bytes: Buffer; out: OutputOf<'exchange:export'> }> {
  later(clockA);
  const out = (await A.value('exchange:export', { stream: 'black', snapshot, passphrase: PASSPHRASE }, aReviewer)) as OutputOf<'exchange:export'>;
  const file = (await A.value('publications:export', { id: out.id }, aReviewer)) as OutputOf<'publications:export'>;
  const p = { bytes: Buffer.from(file.contentBase64, 'base64'), out };
  sent.push(p);
  return p;
}

function importB(bytes: Uint8Array, session = bOfficer, more: Record<string, unknown> = {}) {
  later(clockB, 0.1);
  return B.call('exchange:import-apply', { contentBase64: Buffer.from(bytes).toString('base64'), fileName: 'p.qcp', ...more }, session);
}

async function expectRefused(bytes: Uint8Array, code: string): Promise<void> {
  const before = databaseDigest(B.ws.db);
  const r = await importB(bytes);
  expect(r.ok ? 'accepted' : r.error.code).toBe(code);
  if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(databaseDigest(B.ws.db)).toBe(before);
}

/** A's key unsealed, to forge what only A could sign (an equivocating second package). */
async function signerA() {
  const row = A.ws.db.prepare("SELECT sealed FROM signing_keys WHERE status = 'active'").get() as { sealed: string };
  const key = await unsealPrivateKey(row.sealed, PASSPHRASE);
  if (!key.ok) throw new Error('unseal');
  return signerOf(key.value);
}

function entriesOf(bytes: Uint8Array) {
  const z = readPackageZip(bytes);
  if (!z.ok) throw new Error(z.error.code);
  return z.value.map((e) => ({ path: e.path, bytes: e.bytes, store: e.stored }));
}

beforeAll(async () => {
  const a = await agencyWorkspace(AGENCY_A, clockA);
  A = a.b;
  aReviewer = a.reviewer;
  const b = await agencyWorkspace(AGENCY_B, clockB);
  B = b.b;
  bOfficer = b.officer;
  bReviewer = b.reviewer;
  await B.value('trust:add', { ...AGENCY_A, pem: a.key.spkiPem, fingerprint: a.key.fingerprint }, b.admin);
  seedListScene(A.ws.db);
  // B's dossiers: one firm by its code, one same-name firm with another code (never linked).
  insertEnterprise(B.ws.db, '91430100MA4L000022', '湖南湘江食品有限公司（本地登记名）');
  insertEnterprise(B.ws.db, '91440101MA5CJQ4N59', '长沙星城电器有限公司');
}, 120_000);
afterAll(() => { A?.cleanup(); B?.cleanup(); });

describe('two agencies exchange a black list', { timeout: 300_000 }, () => {
  it('A sends a snapshot and three deltas; B imports them in order and holds the same state', async () => {
    const snap = await exportA(true);
    expect(snap.out).toMatchObject({ packageType: 'snapshot', sequence: 1, streamId: STREAM });
    const first = await importB(snap.bytes);
    expect(first.ok && first.value).toMatchObject({ outcome: 'applied', sequence: 1, counts: { added: snap.out.stats.entries } });
    expect(heldState(B.ws.db, AGENCY_A.agencyCode, STREAM)).toBe(snap.out.stateSha256);

    // 1: a new entry; 2: an entry removed early; 3: nothing changed (still a valid package).
    insertEntry(A.ws.db, { uid: 'QL-0010', name: '湖南某某（长沙）科技有限公司', state: 'active', listedOn: '2026-07-01', events: [['publish', '2026-07-01']] });
    const d1 = await exportA();
    A.ws.db.prepare("UPDATE list_entries SET state = 'removed', removed_on = '2026-07-06' WHERE entry_uid = 'QL-0002'").run();
    A.ws.db.prepare("INSERT INTO list_events (entry_id, event, on_date, by_user, by_role, doc_no, at) SELECT id, 'approve-removal', '2026-07-06', 'reviewer', 'reviewer', '长市监信〔2026〕20号', '2026-07-06T10:00:00+08:00' FROM list_entries WHERE entry_uid = 'QL-0002'").run();
    const d2 = await exportA();
    const d3 = await exportA();
    expect([d1.out, d2.out, d3.out].map((o) => [o.packageType, o.sequence, o.stats.added, o.stats.amended, o.stats.removed]))
      .toEqual([['delta', 2, 1, 0, 0], ['delta', 3, 0, 0, 1], ['delta', 4, 0, 0, 0]]);
    for (const d of [d1, d2, d3]) {
      const r = await importB(d.bytes);
      expect(r.ok, r.ok ? '' : `${r.error.code} ${r.error.message}`).toBe(true);
      expect(heldState(B.ws.db, AGENCY_A.agencyCode, STREAM)).toBe(d.out.stateSha256);
    }
    const state = A.ws.db.prepare('SELECT entry_uid AS id, content_sha256 AS sha FROM exchange_out_entries WHERE stream_id = ? ORDER BY entry_uid').all(STREAM);
    const held = B.ws.db.prepare("SELECT external_id AS id, content_sha256 AS sha FROM list_entries WHERE source = 'exchange' ORDER BY external_id").all();
    expect(held).toEqual(state);
    // The removal from the issuer is applied here the same way.
    expect(B.ws.db.prepare("SELECT state FROM list_entries WHERE external_id = 'QL-0002'").pluck().get()).toBe('removed');
    expect(existsSync(evidencePath(B.dir, sha256Hex(d3.bytes)))).toBe(true);
  });

  it('links by code only: the same name with another USCC is not linked; a name-only subject waits for review', () => {
    const rows = B.ws.db.prepare("SELECT external_id AS id, enterprise_id AS e, match_state AS m FROM list_entries WHERE source = 'exchange' ORDER BY external_id").all() as { id: string; e: number | null; m: string }[];
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['QL-0002']).toMatchObject({ m: 'linked' });
    expect(byId['QL-0002']?.e).not.toBeNull();
    expect(byId['QL-0003']).toMatchObject({ e: null, m: 'none' });
  });

  it('refuses a replay as a no-op, and a rollback, a gap, an equivocation, an expired package, leaving B unchanged', async () => {
    await expectRefused(sent[3]?.bytes ?? Buffer.alloc(0), 'I_ALREADY_IMPORTED');
    const d5 = await exportA();
    const s6 = await exportA(true);
    expect(s6.out).toMatchObject({ packageType: 'snapshot', sequence: 6 });
    expect((await importB(s6.bytes)).ok).toBe(true);
    await expectRefused(d5.bytes, 'E_SEQ_ROLLBACK');
    insertEntry(A.ws.db, { uid: 'QL-0011', name: '湖南某某食品有限公司', uscc: '91430100MA4L000077', state: 'active', listedOn: '2026-07-05', events: [['publish', '2026-07-05']] });
    const d7 = await exportA();
    const d8 = await exportA();
    await expectRefused(d8.bytes, 'E_SEQ_GAP');
    // A second, different package signed for sequence 6: proof of equivocation, kept as evidence.
    const forged = buildExchange(A.ws.db, {
      scope: scopeOf('black'), agency: { code: AGENCY_A.agencyCode, name: AGENCY_A.agencyName }, signers: [await signerA()], appVersion: 'test',
      snapshot: true, audience: ['*'], sequence: 6, issuedAt: '2026-07-06T20:30:00+08:00', expiresAt: '2026-12-01T00:00:00+08:00', previous: new Map(),
    });
    if (!forged.ok) throw new Error(forged.error.code);
    await expectRefused(forged.value.bytes, 'E_SEQ_EQUIVOCATION');
    expect(existsSync(evidencePath(B.dir, sha256Hex(forged.value.bytes)))).toBe(true);
    const now = clockB.at;
    await moveB(new Date('2027-06-01T00:00:00Z'));
    await expectRefused(d7.bytes, 'E_EXPIRED');
    // A reviewer may override with a recorded reason; an officer may not.
    const officer = await importB(d7.bytes, bOfficer, { expiredOverrideReason: '对方机构来函确认延期' });
    expect(!officer.ok && officer.error.code).toBe('E_FORBIDDEN');
    await moveB(now);
  });

  it('refuses tampered, untrusted and hostile packages with their codes, leaving B unchanged', async () => {
    const d7 = sent.find((s) => s.out.sequence === 7);
    if (!d7) throw new Error('no package 7');
    // The same size, one character changed (湖南 → 湖北), the ZIP rebuilt: only the signed digest can tell.
    const changed = writePackageZip(entriesOf(d7.bytes).map((e) => (e.path === 'data/changes.jsonl' ? { ...e, bytes: Buffer.from(Buffer.from(e.bytes).toString('utf8').replace('湖南某某食品', '湖北某某食品')) } : e)));
    expect(sha256Hex(changed)).not.toBe(sha256Hex(d7.bytes));
    await expectRefused(changed, 'E_DIGEST_MISMATCH');
    await expectRefused(writePackageZip([...entriesOf(d7.bytes), { path: 'data/extra.txt', bytes: Buffer.from('附加文件'), store: false }]), 'E_FILE_UNLISTED');
    const base = { scope: scopeOf('black'), agency: { code: AGENCY_A.agencyCode, name: AGENCY_A.agencyName }, appVersion: 'test', snapshot: false, audience: ['*'],
      sequence: 7, prevManifestSha256: sent.find((s) => s.out.sequence === 6)?.out.manifestSha256, baseSnapshotSequence: 6,
      issuedAt: '2026-07-07T09:00:00+08:00', expiresAt: '2026-12-01T00:00:00+08:00', previous: new Map<string, string>() };
    const stranger = buildExchange(A.ws.db, { ...base, signers: [signerOf(generatePrivateKey('ed25519'))] });
    if (!stranger.ok) throw new Error(stranger.error.code);
    await expectRefused(stranger.value.bytes, 'E_KEY_UNKNOWN');
    // C's key is trusted, but for C: it cannot speak for A.
    const cKey = signerOf(generatePrivateKey('ed25519'));
    const admin = await B.login('admin');
    const pem = `-----BEGIN PUBLIC KEY-----\n${Buffer.from(cKey.spki).toString('base64')}\n-----END PUBLIC KEY-----\n`;
    expect((await B.call('trust:add', { ...AGENCY_C, pem, fingerprint: cKey.keyId }, admin)).ok).toBe(true);
    const impostor = buildExchange(A.ws.db, { ...base, signers: [cKey] });
    if (!impostor.ok) throw new Error(impostor.error.code);
    await expectRefused(impostor.value.bytes, 'E_KEY_NOT_ISSUER');
    const mime = Buffer.from(MIMETYPE, 'utf8');
    const frame = (path: string, data: Uint8Array) => ({ path, method: 0, data, size: data.length, crc: crc32(data) });
    await expectRefused(frameZip([frame('mimetype', mime), frame('../evil.txt', Buffer.from('x'))]), 'E_ZIP_UNSAFE');
    const zeros = new Uint8Array(64 * 1024 * 1024);
    await expectRefused(frameZip([frame('mimetype', mime), { path: 'data/entries.jsonl', method: 8, data: deflateSync(zeros), size: zeros.length, crc: crc32(zeros) }]), 'E_ZIP_LIMITS');
    // And the genuine package 7 still goes in afterwards: nothing of the refusals stuck.
    const r = await importB(d7.bytes);
    expect(r.ok, r.ok ? '' : r.error.code).toBe(true);
    expect(heldState(B.ws.db, AGENCY_A.agencyCode, STREAM)).toBe(d7.out.stateSha256);
  });

  it('keeps the stream state per partner and warns when a stream is silent too long', async () => {
    const s = (await B.value('exchange:streams', {}, bReviewer)) as OutputOf<'exchange:streams'>;
    expect(s.incoming).toHaveLength(1);
    expect(s.incoming[0]).toMatchObject({ issuer: AGENCY_A.agencyCode, agencyName: AGENCY_A.agencyName, streamId: STREAM, lastSequence: 7, silent: false });
    await moveB(new Date(clockB.at.getTime() + 40 * 24 * 3600_000));
    const silent = (await B.value('exchange:streams', {}, bReviewer)) as OutputOf<'exchange:streams'>;
    expect(silent.incoming[0]).toMatchObject({ silent: true });
    expect(silent.incoming[0]?.silentDays).toBeGreaterThan(30);
    expect(silent.silenceDays).toBe(30);
  });
});
