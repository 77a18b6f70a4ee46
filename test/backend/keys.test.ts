import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { openPackage } from '../../src/backend/packages/open';
import { publicKeyFromPem } from '../../src/backend/packages/public-key';
import { unsealPrivateKey } from '../../src/backend/packages/sealed-key';
import { DB_FILE } from '../../src/backend/workspace/open';
import { testBackend, type TestBackend } from '../helpers/workspace';

const PASSPHRASE = 'Agency-passphrase-2026';
const AGENCY = { agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' };

let b: TestBackend;
let admin: string;
beforeAll(async () => {
  b = await testBackend();
  admin = await b.login('admin');
});
afterAll(() => b.cleanup());

/** Every byte the workspace's database holds on disk, the write-ahead log included. */
function databaseBytes(): Buffer {
  b.ws.db.pragma('wal_checkpoint(PASSIVE)');
  return Buffer.concat([DB_FILE, `${DB_FILE}-wal`].flatMap((f) => (existsSync(join(b.ws.dir, f)) ? [readFileSync(join(b.ws.dir, f))] : [])));
}

describe('signing keys', () => {
  it('generates an Ed25519 and an SM2 key sealed under one passphrase; only admins; agency first', async () => {
    expect(await b.call('keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE }, admin)).toMatchObject({ ok: false, error: { code: 'E_AGENCY_UNSET' } });
    expect(await b.call('keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE, ...AGENCY }, await b.login('reviewer'))).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(await b.call('keys:generate', { alg: 'ed25519', passphrase: 'short', ...AGENCY }, admin)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    const ed = (await b.value('keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE, ...AGENCY }, admin)) as OutputOf<'keys:generate'>;
    expect(ed.agency).toEqual({ code: AGENCY.agencyCode, name: AGENCY.agencyName });
    expect(ed.key.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(publicKeyFromPem(ed.key.spkiPem)?.keyId).toBe(ed.key.keyId);
    expect(await b.call('keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE }, admin)).toMatchObject({ ok: false, error: { code: 'E_KEY_EXISTS' } });
    expect(await b.call('keys:generate', { alg: 'sm2', passphrase: 'Another-passphrase-1' }, admin)).toMatchObject({ ok: false, error: { code: 'E_KEY_PASSPHRASE' } });
    const sm = (await b.value('keys:generate', { alg: 'sm2', passphrase: PASSPHRASE }, admin)) as OutputOf<'keys:generate'>;
    expect(sm.key.alg).toBe('sm2-sm3');
    const list = (await b.value('keys:list', {}, await b.login('officer'))) as OutputOf<'keys:list'>;
    expect(list.keys.map((k) => [k.alg, k.status])).toEqual([['ed25519', 'active'], ['sm2-sm3', 'active']]);
    expect(JSON.stringify(list)).not.toMatch(/ciphertext|sealed/);
    const exported = (await b.value('keys:export-public', { id: ed.key.id }, admin)) as OutputOf<'keys:export-public'>;
    expect(exported).toMatchObject({ pem: ed.key.spkiPem, fingerprint: ed.key.fingerprint });
  });

  it('keeps private keys sealed at rest: neither the key nor the passphrase is anywhere in the database files', async () => {
    const disk = databaseBytes();
    expect(disk.length).toBeGreaterThan(10_000);
    expect(disk.includes(Buffer.from(PASSPHRASE))).toBe(false);
    for (const sealed of b.ws.db.prepare('SELECT sealed FROM signing_keys').pluck().all() as string[]) {
      const key = await unsealPrivateKey(sealed, PASSPHRASE);
      if (!key.ok) throw new Error('unseal');
      // The secret scalar itself (the last 32 bytes of an Ed25519 PKCS#8), in every spelling.
      const secret = Buffer.from(key.value.privateKey.slice(-32));
      for (const form of [secret, Buffer.from(secret.toString('hex')), Buffer.from(secret.toString('base64').slice(0, 40)), Buffer.from(Buffer.from(key.value.privateKey).toString('base64').slice(0, 40))]) {
        expect(disk.includes(form)).toBe(false);
      }
      expect((await unsealPrivateKey(sealed, 'wrong passphrase')).ok).toBe(false);
    }
    const audit = b.ws.db.prepare("SELECT after_json FROM audit_log WHERE action = 'keys:generate'").pluck().all().join('\n');
    expect(audit).not.toContain(PASSPHRASE);
  });

  it('rotates: a key-rotation package signed by the current keys, the new key signing the statement; old key retired', async () => {
    const before = (await b.value('keys:list', {}, admin)) as OutputOf<'keys:list'>;
    const old = before.keys.find((k) => k.alg === 'ed25519');
    const sm2 = before.keys.find((k) => k.alg === 'sm2-sm3');
    expect(await b.call('keys:rotate', { alg: 'ed25519', passphrase: 'wrong-passphrase', newPassphrase: 'New-passphrase-2027' }, admin)).toMatchObject({ ok: false, error: { code: 'E_KEY_PASSPHRASE' } });
    const r = (await b.value('keys:rotate', { alg: 'ed25519', passphrase: PASSPHRASE, newPassphrase: 'New-passphrase-2027' }, admin)) as OutputOf<'keys:rotate'>;
    expect(r.retired).toMatchObject({ keyId: old?.keyId, status: 'retired' });
    expect(r.package).toMatchObject({ streamId: 'keys', sequence: 1 });
    const pkg = Buffer.from(((await b.value('publications:export', { id: r.package.id }, admin)) as OutputOf<'publications:export'>).contentBase64, 'base64');
    // A partner who trusts only the current keys accepts it.
    const trust = [old, sm2].flatMap((k) => {
      const key = publicKeyFromPem(k?.spkiPem ?? '');
      return key ? [{ ...key, agencyCode: AGENCY.agencyCode }] : [];
    });
    expect(trust).toHaveLength(2);
    const opened = openPackage(pkg, { trust });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.manifest.packageType).toBe('key-rotation');
    const statement = JSON.parse(Buffer.from(opened.value.files.get('rotation/statement.json') ?? []).toString('utf8')) as Record<string, unknown>;
    expect(statement).toMatchObject({ oldKey: { keyId: old?.keyId }, newKey: { keyId: r.key.keyId }, packageId: opened.value.manifest.packageId });
    // OpenSSL alone checks the new key's signature on the statement.
    const files = unzipSync(pkg);
    for (const [path, data] of Object.entries(files)) if (path.startsWith('rotation/')) writeFileSync(join(b.dir, path.split('/')[1] ?? 'x'), data);
    const v = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'new-key.pem', '-rawin', '-in', 'statement.json', '-sigfile', 'statement.sig.ed25519'], { cwd: b.dir, encoding: 'utf8' });
    expect(v.stdout + v.stderr).toContain('Signature Verified Successfully');
    // One passphrase, the new one, opens every active key now.
    for (const sealed of b.ws.db.prepare("SELECT sealed FROM signing_keys WHERE status = 'active'").pluck().all() as string[]) {
      expect((await unsealPrivateKey(sealed, 'New-passphrase-2027')).ok).toBe(true);
    }
    const actions = b.ws.db.prepare("SELECT action FROM audit_log WHERE entity = 'signing_key' ORDER BY seq").pluck().all();
    expect(actions).toEqual(['keys:generate', 'keys:generate', 'keys:rotate']);
  });
});
