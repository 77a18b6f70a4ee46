import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spkiToPem } from '../../../src/backend/packages/public-key';
import { qcd } from '../../helpers/cli';
import { tempDir } from '../../helpers/workspace';
import { pkg, signer } from './fixtures';

const t = tempDir('qcd-cli-verify-');
afterAll(() => t.cleanup());
const path = (name: string) => join(t.dir, name);

describe('qcd verify FILE.qcp [--trusted-key PEM] --json', () => {
  writeFileSync(path('ok.qcp'), pkg({ signers: [signer('ed25519'), signer('sm2-sm3')] }));
  writeFileSync(path('ed.pem'), spkiToPem(signer('ed25519').spki));
  writeFileSync(path('sm.pem'), spkiToPem(signer('sm2-sm3').spki));
  writeFileSync(path('other.pem'), spkiToPem(signer('ed25519', 'other').spki));
  writeFileSync(path('stranger.qcp'), pkg({ signers: [signer('ed25519', 'other')] }));
  writeFileSync(path('old.qcp'), pkg({ draft: { issuedAt: '2020-01-01T09:00:00+08:00', expiresAt: '2021-01-01T00:00:00+08:00' } }));

  it('exit 0 with the trusted keys (one per signature); the report names the issuer and fingerprints', () => {
    const r = qcd('verify', path('ok.qcp'), '--trusted-key', path('ed.pem'), '--trusted-key', path('sm.pem'), '--json');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const j = r.json() as { ok: boolean; trust: string; issuer: { fingerprint: string }; files: unknown[] };
    expect(j.trust).toBe('trusted-key');
    expect(j.issuer.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(j.files).toHaveLength(4);
  });
  it('exit 0 in Chinese text without --json; warns that the embedded key proves integrity only', () => {
    const r = qcd('verify', path('ok.qcp'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('验证通过');
    expect(r.stdout).toContain('带外核对指纹');
  });
  it('exit 1 with the §4 code: untrusted key, expired, not a package', () => {
    const bad = (args: string[]) => { const r = qcd(...args, '--json'); return [r.status, (r.json() as { error: { code: string } }).error.code]; };
    expect(bad(['verify', path('stranger.qcp'), '--trusted-key', path('ed.pem')])).toEqual([1, 'E_KEY_UNKNOWN']);
    expect(bad(['verify', path('ok.qcp'), '--trusted-key', path('other.pem')])).toEqual([1, 'E_KEY_UNKNOWN']);
    // Dual-signed: the SM2 signature's key was not given.
    expect(bad(['verify', path('ok.qcp'), '--trusted-key', path('ed.pem')])).toEqual([1, 'E_KEY_UNKNOWN']);
    expect(bad(['verify', path('old.qcp')])).toEqual([1, 'E_EXPIRED']);
    expect(bad(['verify', path('ed.pem')])).toEqual([1, 'E_ZIP_UNSAFE']);
    expect(bad(['verify', path('missing.qcp')])).toEqual([1, 'E_VALIDATION']);
    expect(bad(['verify', path('ok.qcp'), '--trusted-key', path('ok.qcp')])).toEqual([1, 'E_VALIDATION']);
  });
  it('exit 2 for usage errors', () => {
    expect(qcd('verify').status).toBe(2);
    expect(qcd('verify', 'a', 'b').status).toBe(2);
    expect(qcd('verify', path('ok.qcp'), '--bogus').status).toBe(2);
    expect(qcd('--json', 'verify', path('ok.qcp')).status).toBe(0);
  });
});
