import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { ERROR_CODES } from '../../src/core/shared/errors';
import { AGENCY_A, AGENCY_B, agencyWorkspace, databaseDigest, PASSPHRASE, type Clock } from '../backend/exchange-fixtures';
import { seedListScene } from '../backend/publications-fixtures';
import type { TestBackend } from '../helpers/workspace';
import { packageMutations } from './package-mutations';
import { RUNS } from './runs';

/**
 * A partner's real exchange package, damaged every which way, offered to `exchange:import-preview`
 * and `exchange:import-apply`: always an answer with a stable code (never E_INTERNAL), and the
 * receiving database not changed by a single byte — unless the package is the untouched one.
 */
const known = new Set<string>(ERROR_CODES);
const clockA: Clock = { at: new Date('2026-07-06T02:00:00Z') };
const clockB: Clock = { at: new Date('2026-07-06T03:00:00Z') };
let B: TestBackend;
let A: TestBackend;
let bOfficer: string;
let good: Buffer;
const outcomes = new Map<string, number>();

beforeAll(async () => {
  const a = await agencyWorkspace(AGENCY_A, clockA);
  A = a.b;
  const b = await agencyWorkspace(AGENCY_B, clockB);
  B = b.b;
  bOfficer = b.officer;
  await B.value('trust:add', { ...AGENCY_A, pem: a.key.spkiPem, fingerprint: a.key.fingerprint }, b.admin);
  seedListScene(A.ws.db);
  const out = (await A.value('exchange:export', { stream: 'black', snapshot: true, passphrase: PASSPHRASE }, a.reviewer)) as OutputOf<'exchange:export'>;
  good = Buffer.from(((await A.value('publications:export', { id: out.id }, a.reviewer)) as OutputOf<'publications:export'>).contentBase64, 'base64');
}, 120_000);
afterAll(() => {
  A?.cleanup();
  B?.cleanup();
  console.warn(`hostile exchange imports: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
});

const NAMES = ['mimetype', 'META-INF/manifest.json', 'META-INF/manifest.sig.ed25519', 'data/entries.jsonl', 'data/changes.jsonl', 'evidence/x.pdf', '../x', 'Data/Entries.jsonl', ''];

/** Damage to the real package; added members are random bytes or a JSON line with any text. */
const mutation = (): fc.Arbitrary<Uint8Array> => packageMutations(good, NAMES, fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string().map((s) => Buffer.from(`{"id":"${s}"}\n`))));

describe(`hostile exchange packages (${RUNS} runs per entry point)`, () => {
  it('preview and apply: a stable code, never E_INTERNAL, and nothing written', async () => {
    const before = databaseDigest(B.ws.db);
    await fc.assert(fc.asyncProperty(mutation(), fc.constantFrom('exchange:import-preview' as const, 'exchange:import-apply' as const), async (bytes, channel) => {
      if (Buffer.from(bytes).equals(good)) return;
      const r = await B.call(channel, { contentBase64: Buffer.from(bytes).toString('base64'), fileName: 'p.qcp' }, bOfficer);
      const code = r.ok ? ((r.value as { error?: { code: string } | null }).error?.code ?? 'accepted') : r.error.code;
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      expect(code, `${channel} accepted a damaged package`).not.toBe('accepted');
      expect(known.has(code), code).toBe(true);
      expect(code).not.toBe('E_INTERNAL');
      expect(databaseDigest(B.ws.db)).toBe(before);
    }), { numRuns: RUNS });
    // The untouched package still imports, once.
    const r = await B.call('exchange:import-apply', { contentBase64: good.toString('base64'), fileName: 'p.qcp' }, bOfficer);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  }, 600_000);
});
