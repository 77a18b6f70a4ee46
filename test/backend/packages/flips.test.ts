import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPackage } from '../../../src/backend/packages/open';
import { ERROR_CODES } from '../../../src/core/shared/errors';
import { QCD } from '../../helpers/cli';
import { tempDir } from '../../helpers/workspace';
import { pkg, signer, trusted } from './fixtures';

const t = tempDir('qcd-flips-');
afterAll(() => t.cleanup());
const known = new Set<string>(ERROR_CODES);

/** A small package: short files so that every byte can be flipped in a few seconds. */
const small = (signers = [signer('ed25519')]) => pkg({ signers, files: [{ path: 'data/entries.jsonl', mediaType: 'application/jsonl', bytes: Buffer.from('{"id":"QL-1"}\n') }] });

describe('every changed byte of a signed package is rejected', () => {
  for (const [name, signers] of [['Ed25519', [signer('ed25519')]], ['SM2', [signer('sm2-sm3')]]] as const) {
    it(`${name}: each byte flipped in turn (xor 0xff and xor 0x01), by the verify function`, () => {
      const good = small([...signers]);
      const trust = signers.map((s) => trusted(s));
      expect(openPackage(good, { trust }).ok).toBe(true);
      const codes = new Map<string, number>();
      for (let i = 0; i < good.length; i++) {
        for (const mask of [0xff, 0x01]) {
          const bad = Uint8Array.from(good);
          bad[i]! ^= mask;
          for (const mode of [trust, 'embedded'] as const) {
            const r = openPackage(bad, { trust: mode });
            expect(r.ok, `byte ${i} ^ ${mask} accepted (${mode === 'embedded' ? 'embedded key' : 'trusted key'})`).toBe(false);
            if (!r.ok) {
              expect(known.has(r.error.code)).toBe(true);
              codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
            }
          }
        }
      }
      console.warn(`${name}: ${good.length} bytes × 2 masks × 2 trust modes, refused with ${JSON.stringify(Object.fromEntries(codes))}`);
    });
  }

  it('a sample of flips through the built CLI: `qcd verify` exits 1 with the code, 0 for the original', () => {
    const good = small();
    const file = join(t.dir, 'p.qcp');
    writeFileSync(file, good);
    const run = () => spawnSync(process.execPath, [QCD, 'verify', file, '--json'], { encoding: 'utf8' });
    const ok = run();
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as { trust: string }).trust).toBe('embedded-key');
    const step = Math.max(1, Math.floor(good.length / 12));
    for (let i = 0; i < good.length; i += step) {
      const bad = Uint8Array.from(good);
      bad[i]! ^= 0xff;
      writeFileSync(file, bad);
      const r = run();
      expect(r.status, `byte ${i}: ${r.stdout}`).toBe(1);
      expect(known.has((JSON.parse(r.stdout) as { error: { code: string } }).error.code)).toBe(true);
    }
  });
});
