import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../src/backend/workspace/open';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { seedListScene } from '../backend/publications-fixtures';

const t = tempDir('qcd-exchange-');
afterAll(() => t.cleanup());
const p = (name: string) => join(t.dir, name);
const as = ['--user', 'admin', '--password-file', p('pw')];

beforeAll(() => {
  writeFileSync(p('pw'), `${PASSWORD}\n`);
  writeFileSync(p('pp'), 'Agency-sign-2026\n');
  for (const [ws, code, name] of [['a', '11430100MB1234567X', '长沙市市场监督管理局'], ['b', '11440100MB0000001X', '广州市市场监督管理局']] as const) {
    expect(qcd('init', '--workspace', p(ws), '--password-file', p('pw')).status).toBe(0);
    const r = qcd('keys', 'generate', '--workspace', p(ws), '--alg', 'ed25519', '--passphrase-file', p('pp'), '--agency', code, '--name', name, ...as, '--json');
    expect(r.status, r.stderr).toBe(0);
  }
  const db = new Database(join(p('a'), DB_FILE));
  seedListScene(db);
  db.close();
  const key = (qcd('keys', 'list', '--workspace', p('a'), '--json').json() as { keys: { spkiPem: string; fingerprint: string }[] }).keys[0];
  writeFileSync(p('a.pem'), key?.spkiPem ?? '');
  const trusted = qcd('trust', 'add', '--workspace', p('b'), '--agency', '11430100MB1234567X', '--name', '长沙市市场监督管理局', '--pem', p('a.pem'), '--fingerprint', key?.fingerprint ?? '', ...as, '--json');
  expect(trusted.status, trusted.stdout).toBe(0);
}, 240_000);

describe('qcd exchange export and import', () => {
  it('exports a snapshot and a delta; B imports them as a named user; a replay exits 0 as a no-op; a changed file exits 1 with its code', () => {
    const snap = qcd('exchange', 'export', '--workspace', p('a'), '--stream', 'black', '--snapshot', '--passphrase-file', p('pp'), '--out', p('s1.qcp'), ...as, '--json');
    expect(snap.status, snap.stdout + snap.stderr).toBe(0);
    expect(snap.json()).toMatchObject({ ok: true, package: { packageType: 'snapshot', sequence: 1, streamId: 'exchange/black' } });
    const delta = qcd('exchange', 'export', '--workspace', p('a'), '--stream', 'black', '--passphrase-file', p('pp'), '--out', p('d2.qcp'), ...as, '--json');
    expect(delta.json()).toMatchObject({ ok: true, package: { packageType: 'delta', sequence: 2, stats: { added: 0, amended: 0, removed: 0 } } });
    const first = qcd('exchange', 'import', '--workspace', p('b'), p('s1.qcp'), ...as, '--json');
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.json()).toMatchObject({ ok: true, outcome: 'applied', sequence: 1 });
    const replay = qcd('exchange', 'import', '--workspace', p('b'), p('s1.qcp'), ...as, '--json');
    expect(replay.status).toBe(0);
    expect(replay.json()).toMatchObject({ ok: true, outcome: 'already-imported', code: 'I_ALREADY_IMPORTED' });
    // One byte of the signature flipped: refused with its code, in Chinese without --json.
    const bytes = readFileSync(p('d2.qcp'));
    const sigAt = bytes.indexOf(Buffer.from('META-INF/manifest.sig.ed25519')) + 'META-INF/manifest.sig.ed25519'.length + 5;
    bytes[sigAt] = (bytes[sigAt] ?? 0) ^ 1;
    writeFileSync(p('bad.qcp'), bytes);
    const bad = qcd('exchange', 'import', '--workspace', p('b'), p('bad.qcp'), ...as);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/错误 E_[A-Z_]+：/);
    const second = qcd('exchange', 'import', '--workspace', p('b'), p('d2.qcp'), ...as);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('已导入 长沙市市场监督管理局');
  }, 300_000);

  it('B takes A\'s key rotation by its package (previewed first; a replay is a no-op), then A\'s packages signed by the new key', () => {
    writeFileSync(p('pp2'), 'Agency-sign-2027\n');
    const rotated = qcd('keys', 'rotate', '--workspace', p('a'), '--alg', 'ed25519', '--passphrase-file', p('pp'), '--new-passphrase-file', p('pp2'), '--out', p('rot.qcp'), ...as, '--json');
    expect(rotated.status, rotated.stdout + rotated.stderr).toBe(0);
    const fresh = (rotated.json() as { key: { keyId: string; fingerprint: string } }).key;
    const delta = qcd('exchange', 'export', '--workspace', p('a'), '--stream', 'black', '--passphrase-file', p('pp2'), '--out', p('d3.qcp'), ...as, '--json');
    expect(delta.status, delta.stdout).toBe(0);
    const early = qcd('exchange', 'import', '--workspace', p('b'), p('d3.qcp'), ...as, '--json');
    expect(early.status).toBe(1);
    expect(early.json()).toMatchObject({ error: { code: 'E_KEY_UNKNOWN' } });
    const preview = qcd('trust', 'rotate', '--workspace', p('b'), p('rot.qcp'), '--preview', ...as);
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toContain(`新密钥：ed25519 ${fresh.fingerprint}`);
    expect(qcd('trust', 'list', '--workspace', p('b'), '--json').json()).toMatchObject({ keys: [{ validThrough: null }] });
    const applied = qcd('trust', 'rotate', '--workspace', p('b'), p('rot.qcp'), ...as, '--json');
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.json()).toMatchObject({ ok: true, outcome: 'applied', rotation: { newKey: { keyId: fresh.keyId }, validThrough: { 'exchange/black': 2 } } });
    const again = qcd('trust', 'rotate', '--workspace', p('b'), p('rot.qcp'), ...as, '--json');
    expect(again.status).toBe(0);
    expect(again.json()).toMatchObject({ outcome: 'already-imported' });
    const taken = qcd('exchange', 'import', '--workspace', p('b'), p('d3.qcp'), ...as, '--json');
    expect(taken.status, taken.stdout + taken.stderr).toBe(0);
    expect(qcd('trust', 'rotate', '--workspace', p('b'), ...as).status).toBe(2);
  }, 300_000);

  it('exits 2 on usage errors and 1 without a named user', () => {
    expect(qcd('exchange', 'export', '--workspace', p('a'), '--stream', 'black').status).toBe(2);
    expect(qcd('exchange', 'import', '--workspace', p('b')).status).toBe(2);
    expect(qcd('exchange', 'import', '--workspace', p('b'), p('d2.qcp'), '--json').status).toBe(1);
  }, 120_000);
});
