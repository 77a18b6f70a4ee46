import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrivateKey, signerOf } from '../../src/backend/packages/signers';
import { spkiToPem } from '../../src/backend/packages/public-key';
import { runImport } from '../../src/backend/services/exchange/in/import';
import { benchBackend, type BenchBackend, value } from '../bench/bench-backend';
import { ISSUER, writeSnapshot } from '../helpers/exchange-snapshot';
import { tempDir } from '../helpers/workspace';

// A snapshot whose entries file is larger than the 8 MB inflated at once: its lines are streamed,
// its digests computed on a thread as it goes (the path a million-entry snapshot takes).
const N = 9000;
const RECIPIENT = { agencyCode: '11440100MB0000001X', agencyName: '广州市市场监督管理局' };
const t = tempDir('qcd-exchange-large-');
let b: BenchBackend;
let file: string;
let stateSha256: string;

beforeAll(async () => {
  const signer = signerOf({ alg: 'ed25519', privateKey: generatePrivateKey('ed25519').privateKey });
  file = join(t.dir, 'snapshot.qcp');
  stateSha256 = writeSnapshot(file, N, signer).stateSha256;
  writeSnapshot(join(t.dir, 'other-state.qcp'), N, signer, { claimedState: 'ab'.repeat(32) });
  b = await benchBackend(join(t.dir, 'ws'));
  await value(b, 'keys:generate', { alg: 'ed25519', passphrase: 'Large-sign-2026', ...RECIPIENT });
  await value(b, 'trust:add', { ...ISSUER, pem: spkiToPem(signer.spki), fingerprint: signer.keyId });
}, 120_000);
afterAll(() => {
  b?.close();
  t.cleanup();
});

const run = (mode: 'preview' | 'apply', path = file) => runImport(
  { db: b.backend.ws.db, workspaceDir: join(t.dir, 'ws'), recipient: RECIPIENT.agencyCode, now: new Date('2026-07-02T00:00:00Z'), user: 'test' },
  readFileSync(path), { mode, fileName: 'large.qcp', allowExpired: false, limit: 3 },
);
const held = () => b.backend.ws.db.prepare("SELECT count(*) FROM list_entries WHERE source = 'exchange'").pluck().get();

describe('a streamed snapshot', () => {
  it('that claims another state than its records make is refused, and nothing kept', async () => {
    const r = await run('apply', join(t.dir, 'other-state.qcp'));
    expect(r.error?.code).toBe('E_STATE_DIGEST_MISMATCH');
    expect(r.error?.details).toMatchObject({ expected: 'ab'.repeat(32), actual: stateSha256, entries: N });
    expect(held()).toBe(0);
  });

  it('is previewed whole, and nothing kept', async () => {
    const r = await run('preview');
    expect(r.error).toBeNull();
    expect(r.counts.added).toBe(N);
    expect(r.stateSha256).toBe(stateSha256);
    expect(r.changes).toHaveLength(3);
    expect(held()).toBe(0);
  });

  it('is applied whole, to the state its issuer signed', async () => {
    const r = await run('apply');
    expect(r.error).toBeNull();
    expect(r.counts).toMatchObject({ added: N, amended: 0, removed: 0, dropped: 0 });
    expect(r.stateSha256).toBe(stateSha256);
    expect(held()).toBe(N);
    expect((await run('apply')).error?.code).toBe('I_ALREADY_IMPORTED');
  });
});
