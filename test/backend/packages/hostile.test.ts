import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openPackage } from '../../../src/backend/packages/open';
import { readPackageZip } from '../../../src/backend/packages/zip-read';
import { writePackageZip } from '../../../src/backend/packages/zip-write';
import { ERROR_CODES } from '../../../src/core/shared/errors';
import { RUNS } from '../../hostile/runs';
import { pkg, signer, trusted } from './fixtures';

const known = new Set<string>(ERROR_CODES);
const good = pkg({ signers: [signer('ed25519'), signer('sm2-sm3')] });
const goodEntries = (() => { const r = readPackageZip(good); if (!r.ok) throw new Error('fixture'); return r.value; })();
const trust = [trusted(signer('ed25519')), trusted(signer('sm2-sm3'))];
let cases = 0;
afterAll(() => console.warn(`hostile packages: ${cases} cases`));

const NAMES = ['mimetype', 'META-INF/manifest.json', 'META-INF/manifest.sig.ed25519', 'META-INF/manifest.sig.sm2', 'META-INF/signer.pem',
  'data/entries.jsonl', 'data/x', '../x', '/abs', 'a\\b', 'META-INF/manifest.sig.rsa', 'Data/Entries.jsonl', ''];

/** Mutations of a valid package: truncation, random bytes, overwritten spans, inserted bytes, re-zipped entry sets. */
const mutation = fc.oneof(
  fc.nat().map((n) => good.subarray(0, n % (good.length + 1))),
  fc.uint8Array({ maxLength: 2048 }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => {
    const b = Uint8Array.from(good);
    b.set(junk.subarray(0, Math.max(0, b.length - (at % b.length))), at % b.length);
    return b;
  }),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => {
    const i = at % good.length;
    return Uint8Array.from([...good.subarray(0, i), ...junk, ...good.subarray(i)]);
  }),
  fc.tuple(
    fc.subarray(goodEntries.map((_, i) => i)),
    fc.array(fc.record({ path: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 20 })), bytes: fc.uint8Array({ maxLength: 64 }), store: fc.boolean() }), { maxLength: 3 }),
    fc.boolean(),
  ).map(([keep, extra, shuffle]) => {
    const kept = keep.map((i) => goodEntries[i]!).map((e) => ({ path: e.path, bytes: e.bytes, store: e.stored }));
    const all = [...kept, ...extra];
    return writePackageZip(shuffle ? all.reverse() : all);
  }),
);

describe('hostile packages', () => {
  it(`always a stable code, never a throw (${RUNS} runs; QCD_HOSTILE_RUNS=10000 for the full count)`, () => {
    fc.assert(fc.property(mutation, fc.boolean(), (bytes, embedded) => {
      cases++;
      const r = openPackage(bytes, { trust: embedded ? 'embedded' : trust, recipient: '12440000MB0000001Z', stream: null });
      if (!r.ok) expect(known.has(r.error.code), r.error.code).toBe(true);
      else expect(Buffer.from(bytes).equals(Buffer.from(good))).toBe(true);
    }), { numRuns: Math.max(RUNS, 1000) });
  }, 600_000);
});
