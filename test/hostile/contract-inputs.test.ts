import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, callOf, type Channel } from '../../src/contract';
import { ERROR_CODES } from '../../src/core/shared/errors';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { RUNS } from './runs';

let b: TestBackend;
let admin: string;
const counted: Record<string, number> = {};

beforeAll(async () => {
  b = await testBackend();
  admin = await b.login('admin');
});
afterAll(() => {
  b.cleanup();
  console.warn(`hostile contract inputs: ${Object.values(counted).reduce((a, n) => a + n, 0)} cases over ${Object.keys(counted).length} channels`);
});

/** Strings that have broken other programs: markup, SQL, FTS syntax, control characters, huge, odd Unicode. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom('<script>alert(1)</script>', "'; DROP TABLE enterprises; --", '" OR 1=1 --', 'NEAR(a b)', '*', '\u0000', '\uFEFF', '=cmd|\'/C calc\'!A0', '../../etc/passwd', '９１３５０２００７７６０４９６５３Ａ', '𠮷野家', 'a'.repeat(100_000)),
);
const hostile = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 })),
})).value;

/** Inputs shaped like the channel's own, with each field replaced by something hostile. */
function inputsFor(channel: Channel) {
  const shape = (callOf(channel).input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const keys = Object.keys(shape);
  return fc.oneof(hostile, keys.length ? fc.dictionary(fc.constantFrom(...keys), hostile) : hostile);
}

/** Calls whose every run would hash a password or rewrite the database: checked with fewer cases. */
const SLOW = new Set<Channel>(['setup:create-admin', 'auth:login', 'users:create', 'users:reset-password', 'auth:change-password', 'backups:restore', 'backups:undo-restore', 'backups:create', 'demo:generate']);
const WRITES_AFFECTED = ['enterprises', 'users'];

describe('every contract rejects hostile input with a stable code and writes nothing partial', () => {
  it.each(CHANNELS.filter((c) => c !== 'auth:logout'))('%s', async (channel) => {
    const known = new Set<string>(ERROR_CODES);
    await fc.assert(fc.asyncProperty(inputsFor(channel), async (input) => {
      const before = WRITES_AFFECTED.map((t) => b.ws.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
      const r = await b.router.call({ requestId: 'fuzz', channel, input, session: admin });
      counted[channel] = (counted[channel] ?? 0) + 1;
      if (!r.ok) {
        expect(known.has(r.error.code), r.error.code).toBe(true);
        // E_INTERNAL would mean the input reached code that crashed.
        expect(r.error.code, r.error.message).not.toBe('E_INTERNAL');
        expect(r.error.message.length).toBeGreaterThan(0);
        expect(WRITES_AFFECTED.map((t) => b.ws.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())).toEqual(before);
      }
      expect(b.ws.db.inTransaction).toBe(false);
    }), { numRuns: SLOW.has(channel) ? Math.min(RUNS, 25) : RUNS });
  }, 600_000);

  it('leaves a database that passes its integrity check and an intact audit chain', async () => {
    expect(b.ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await b.value('audit:verify', {}, admin)).toMatchObject({ ok: true });
  });
});
