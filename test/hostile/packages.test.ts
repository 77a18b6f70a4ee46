import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPackage } from '../../src/backend/packages/open';
import { main } from '../../src/cli/qcd';
import { ERROR_CODES } from '../../src/core/shared/errors';
import { pkg, signer, trusted } from '../backend/packages/fixtures';
import { tempDir, testBackend, type TestBackend } from '../helpers/workspace';
import { packageMutations } from './package-mutations';
import { RUNS } from './runs';

const known = new Set<string>(ERROR_CODES);
const good = pkg({ signers: [signer('ed25519'), signer('sm2-sm3')] });
const trust = [trusted(signer('ed25519')), trusted(signer('sm2-sm3'))];
const counted = { open: 0, inspect: 0, verify: 0 };
const t = tempDir('qcd-hostile-qcp-');
let b: TestBackend;
let officer: string;

beforeAll(async () => {
  b = await testBackend();
  officer = await b.login('officer');
}, 60_000);
afterAll(() => {
  b.cleanup();
  t.cleanup();
  console.warn(`hostile packages: ${counted.open} opened, ${counted.inspect} through packages:inspect, ${counted.verify} through qcd verify`);
});

const NAMES = ['mimetype', 'META-INF/manifest.json', 'META-INF/manifest.sig.ed25519', 'META-INF/manifest.sig.sm2', 'META-INF/signer.pem',
  'data/entries.jsonl', 'data/x', '../x', '/abs', 'a\\b', 'META-INF/manifest.sig.rsa', 'Data/Entries.jsonl', ''];

const mutation = packageMutations(good, NAMES);
const isGood = (bytes: Uint8Array) => Buffer.from(bytes).equals(Buffer.from(good));

describe(`hostile .qcp packages (${RUNS} runs per entry point; QCD_HOSTILE_RUNS=10000 for the full count)`, () => {
  it('the reader: always a stable code, never a throw; only the untouched package opens', () => {
    fc.assert(fc.property(mutation, fc.boolean(), (bytes, embedded) => {
      counted.open++;
      const r = openPackage(bytes, { trust: embedded ? 'embedded' : trust, recipient: '12440000MB0000001Z', stream: null });
      if (!r.ok) expect(known.has(r.error.code), r.error.code).toBe(true);
      else expect(isGood(bytes)).toBe(true);
    }), { numRuns: Math.max(RUNS, 1000) });
  }, 600_000);

  it('the app\'s "open a package" call: an answer or a stable code, never E_INTERNAL, nothing written', async () => {
    const auditRows = () => b.ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const before = auditRows();
    await fc.assert(fc.asyncProperty(mutation, fc.boolean(), async (bytes, trustedOnly) => {
      counted.inspect++;
      const r = await b.router.call({ requestId: 'fuzz', channel: 'packages:inspect', input: { contentBase64: Buffer.from(bytes).toString('base64'), trustedOnly }, session: officer });
      if (!r.ok) {
        expect(known.has(r.error.code), r.error.code).toBe(true);
        expect(r.error.code, r.error.message).not.toBe('E_INTERNAL');
        return;
      }
      const v = r.value as { intact: boolean; error: { code: string } | null };
      if (v.error) expect(known.has(v.error.code), v.error.code).toBe(true);
      if (v.intact) expect(isGood(bytes)).toBe(true);
    }), { numRuns: RUNS });
    expect(auditRows()).toBe(before);
  }, 600_000);

  it('qcd verify FILE --json: exit 1 with a stable code, exit 0 only for the untouched package', async () => {
    const file = join(t.dir, 'pkg.qcp');
    await fc.assert(fc.asyncProperty(mutation, async (bytes) => {
      writeFileSync(file, bytes);
      let out = '';
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      let code: number;
      try {
        code = await main(['verify', file, '--json']);
      } finally {
        stdout.mockRestore();
        stderr.mockRestore();
      }
      counted.verify++;
      const j = JSON.parse(out) as { ok: boolean; error?: { code: string } };
      if (code === 0) expect(isGood(bytes)).toBe(true);
      else {
        expect(code).toBe(1);
        expect(known.has(j.error?.code ?? ''), out).toBe(true);
      }
    }), { numRuns: RUNS });
  }, 600_000);
});
