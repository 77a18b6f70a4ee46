import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustedKeyView } from '../../src/contract/trust';
import { keyIdOf, spkiToPem } from '../../src/backend/packages/public-key';
import { generatePrivateKey, publicSpkiOf } from '../../src/backend/packages/signers';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir, testBackend, type TestBackend } from '../helpers/workspace';

let b: TestBackend;
let admin: string;
beforeAll(async () => {
  b = await testBackend();
  admin = await b.login('admin');
});
afterAll(() => b.cleanup());

const partner = () => {
  const spki = publicSpkiOf(generatePrivateKey('ed25519'));
  return { pem: spkiToPem(spki), keyId: keyIdOf(spki) };
};

describe('the trust registry', () => {
  it('registers a partner key only when the whole fingerprint typed matches it', async () => {
    const k = partner();
    const base = { agencyCode: '11430000MB0000001X', agencyName: '某省市场监督管理局', pem: k.pem };
    const wrong = await b.call('trust:add', { ...base, fingerprint: `${k.keyId.slice(0, 63)}${k.keyId.endsWith('0') ? '1' : '0'}` }, admin);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'E_FINGERPRINT_MISMATCH', details: { field: 'fingerprint' } } });
    // Never the right answer to copy from the error: the check is with the partner, out of band.
    expect(JSON.stringify(wrong).replace(/[\s:-]/g, '').toLowerCase()).not.toContain(k.keyId.slice(32, 48).toLowerCase());
    const partial = await b.call('trust:add', { ...base, fingerprint: k.keyId.slice(0, 16) }, admin);
    expect(partial).toMatchObject({ ok: false, error: { code: 'E_FINGERPRINT_MISMATCH' } });
    const officer = await b.login('officer');
    expect(await b.call('trust:add', { ...base, fingerprint: k.keyId }, officer)).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(b.ws.db.prepare('SELECT count(*) FROM trusted_keys').pluck().get()).toBe(0);
    // As read aloud: upper case, in groups of four.
    const typed = k.keyId.toUpperCase().replace(/(.{4})/g, '$1 ');
    const added = (await b.value('trust:add', { ...base, fingerprint: typed }, admin)) as TrustedKeyView;
    expect(added).toMatchObject({ keyId: k.keyId, alg: 'ed25519', confirmedBy: 'admin' });
    expect(await b.call('trust:add', { ...base, fingerprint: k.keyId }, admin)).toMatchObject({ ok: false, error: { code: 'E_KEY_ALREADY_TRUSTED' } });
    expect(await b.call('trust:add', { ...base, pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', fingerprint: k.keyId }, admin))
      .toMatchObject({ ok: false, error: { code: 'E_KEY_FORMAT' } });
    const revoked = (await b.value('trust:revoke', { id: added.id, afterSequence: 12, reason: '密钥泄露' }, admin)) as TrustedKeyView;
    expect(revoked).toMatchObject({ revokedAfterSequence: 12, revokedBy: 'admin' });
    const history = b.ws.db.prepare("SELECT action FROM audit_log WHERE entity = 'trusted_key' ORDER BY seq").pluck().all();
    expect(history).toEqual(['trust:add', 'trust:revoke']);
  });

  it('is kept from the command line the same way', () => {
    const t = tempDir('qcd-trust-');
    try {
      const pw = join(t.dir, 'pw');
      writeFileSync(pw, `${PASSWORD}\n`);
      const ws = join(t.dir, 'ws');
      expect(qcd('init', '--workspace', ws, '--password-file', pw).status).toBe(0);
      const k = partner();
      writeFileSync(join(t.dir, 'p.pem'), k.pem);
      const add = (fp: string) => qcd('trust', 'add', '--workspace', ws, '--agency', '11430000MB0000001X', '--pem', join(t.dir, 'p.pem'), '--fingerprint', fp, '--user', 'admin', '--password-file', pw, '--json');
      expect(add('00'.repeat(32)).status).toBe(1);
      expect(add(k.keyId).status).toBe(0);
      const list = qcd('trust', 'list', '--workspace', ws, '--json');
      expect(list.json()).toMatchObject({ ok: true, keys: [{ keyId: k.keyId, agencyCode: '11430000MB0000001X' }] });
      expect(qcd('trust', 'add', '--workspace', ws, '--agency', 'X').status).toBe(2);
    } finally {
      t.cleanup();
    }
  });
});
