import { describe, expect, it } from 'vitest';
import { openPackage } from '../../../src/backend/packages/open';
import { readPackageZip } from '../../../src/backend/packages/zip-read';
import { canonicalJson } from '../../../src/core/shared/canonical-json';
import { pkg, rezip, signer, trusted } from './fixtures';

/**
 * Another implementation following formats.md §2 to the letter writes `"signatures": ["ed25519"]`
 * (bare algorithm names, the issuer's key implied). Its packages must verify here.
 */
describe('a manifest in the form formats.md shows', () => {
  it('verifies with bare algorithm names, and still refuses a wrong key', () => {
    const s = signer('ed25519');
    const zip = readPackageZip(pkg({ signers: [s] }));
    if (!zip.ok) throw new Error(zip.error.code);
    const manifest = JSON.parse(Buffer.from(zip.value.find((e) => e.path === 'META-INF/manifest.json')?.bytes ?? []).toString('utf8')) as Record<string, unknown>;
    manifest.signatures = ['ed25519'];
    const bytes = Buffer.from(canonicalJson(manifest), 'utf8');
    const resign = (who = s) => rezip(zip.value, (entries) => entries.map((e) => {
      if (e.path === 'META-INF/manifest.json') return { ...e, bytes };
      if (e.path === 'META-INF/manifest.sig.ed25519') return { ...e, bytes: who.sign(bytes) };
      return e;
    }));
    const opened = openPackage(resign(), { trust: [trusted(s)], now: new Date('2026-12-02T00:00:00Z') });
    expect(opened.ok ? opened.value.manifest.signatures : opened.error).toEqual([{ alg: 'ed25519', keyId: s.keyId }]);
    const forged = openPackage(resign(signer('ed25519', 'other')), { trust: [trusted(s)], now: new Date('2026-12-02T00:00:00Z') });
    expect(forged.ok ? 'accepted' : forged.error.code).toBe('E_SIG_INVALID');
  });
});
