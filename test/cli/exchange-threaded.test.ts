import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spkiToPem } from '../../src/backend/packages/public-key';
import { generatePrivateKey, signerOf } from '../../src/backend/packages/signers';
import { runImport } from '../../src/backend/services/exchange/in/import';
import { DB_FILE } from '../../src/backend/workspace/open';
import { benchBackend, type BenchBackend, value } from '../bench/bench-backend';
import { qcd } from '../helpers/cli';
import { ISSUER, writeSnapshot, type LineHook } from '../helpers/exchange-snapshot';
import { PASSWORD, tempDir } from '../helpers/workspace';

// The built qcd checks a large snapshot's records on a worker thread (out/cli/check-worker.mjs);
// run from source, as this test's own process is, they are checked on the importing thread. Both
// must accept the same packages into the same rows and refuse the same damaged ones with the same
// code, line and details. 9,000 records: more than the 8 MB an import inflates at once.
const N = 9000;
const RECIPIENT = { agencyCode: '11440100MB0000001X', agencyName: '广州市市场监督管理局' };
const t = tempDir('qcd-exchange-threaded-');
const p = (name: string) => join(t.dir, name);
const as = ['--user', 'admin', '--password-file', p('pw')];
const signer = signerOf({ alg: 'ed25519', privateKey: generatePrivateKey('ed25519').privateKey });
let here: BenchBackend;

/** Damaged lines, each in a package of its own: the line it is on and the code both paths give. */
const DAMAGE: { name: string; line: number; code: string; hook: LineHook }[] = [
  // Changed after sealing: the record's content digest no longer matches.
  { name: 'content', line: 4321, code: 'E_CONTENT_DIGEST', hook: (l, i) => (i === 4321 ? l.replace('较重', '较轻') : l) },
  // No such month: the schema refuses it before any digest.
  { name: 'schema', line: 7000, code: 'E_DATA_SCHEMA', hook: (l, i) => (i === 7000 ? l.replace(/"listedOn":"\d{4}-\d\d/, '"listedOn":"2026-13') : l) },
  // Valid JSON, but not its canonical spelling.
  { name: 'spacing', line: 8999, code: 'E_DATA_SCHEMA', hook: (l, i) => (i === 8999 ? l.replace('{"authority"', '{ "authority"') : l) },
  // Two bad lines: the first one is named.
  { name: 'two', line: 12, code: 'E_CONTENT_DIGEST', hook: (l, i) => (i === 12 || i === 13 ? l.replace('王某某', '李某某') : l) },
];

function cliWorkspace(name: string): string {
  const ws = p(name);
  expect(qcd('init', '--workspace', ws, '--password-file', p('pw')).status).toBe(0);
  const keys = qcd('keys', 'generate', '--workspace', ws, '--alg', 'ed25519', '--passphrase-file', p('pp'), '--agency', RECIPIENT.agencyCode, '--name', RECIPIENT.agencyName, ...as, '--json');
  expect(keys.status, keys.stderr).toBe(0);
  const trusted = qcd('trust', 'add', '--workspace', ws, '--agency', ISSUER.agencyCode, '--name', ISSUER.agencyName, '--pem', p('issuer.pem'), '--fingerprint', signer.keyId, ...as, '--json');
  expect(trusted.status, trusted.stdout).toBe(0);
  return ws;
}

const inProcess = (file: string) => runImport(
  { db: here.backend.ws.db, workspaceDir: p('here'), recipient: RECIPIENT.agencyCode, now: new Date(), user: 'test' },
  readFileSync(file), { mode: 'preview', fileName: 'x.qcp', allowExpired: false, limit: 0 },
);

/** What a workspace holds of the stream, every column but the times of writing. */
function rows(dbFile: string): unknown[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(`SELECT entry_uid, list_type, enterprise_id, subject_name, subject_uscc, state, source, issuer_agency, reason, legal_basis, basis,
      deciding_authority, authority_code, decision_doc_no, listed_on, planned_end, removed_on, removal_reason, removal_authority, content_sha256,
      stream_id, external_id, match_state, subject_key FROM list_entries WHERE source = 'exchange' ORDER BY external_id`).raw().all();
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  writeFileSync(p('pw'), `${PASSWORD}\n`);
  writeFileSync(p('pp'), 'Thread-sign-2026\n');
  writeFileSync(p('issuer.pem'), spkiToPem(signer.spki));
  writeSnapshot(p('good.qcp'), N, signer);
  for (const d of DAMAGE) writeSnapshot(p(`${d.name}.qcp`), N, signer, { hook: d.hook });
  here = await benchBackend(p('here'));
  await value(here, 'keys:generate', { alg: 'ed25519', passphrase: 'Here-sign-2026', ...RECIPIENT });
  await value(here, 'trust:add', { ...ISSUER, pem: spkiToPem(signer.spki), fingerprint: signer.keyId });
}, 240_000);
afterAll(() => {
  here?.close();
  t.cleanup();
});

describe('a large snapshot through the built qcd (records checked on a thread)', () => {
  it('refuses each damaged record with the code, line and details of the in-process check, and writes nothing', async () => {
    const ws = cliWorkspace('damaged');
    for (const d of DAMAGE) {
      const r = qcd('exchange', 'import', '--workspace', ws, p(`${d.name}.qcp`), ...as, '--json');
      expect(r.status, `${d.name}: ${r.stdout}${r.stderr}`).toBe(1);
      const error = (r.json() as { error: { code: string; details: { line?: number } } }).error;
      expect(error.code, d.name).toBe(d.code);
      expect(error.details.line, d.name).toBe(d.line);
      const local = await inProcess(p(`${d.name}.qcp`));
      expect(local.error?.code, d.name).toBe(d.code);
      // The command adds the package's SHA-256 to the details.
      expect(error.details, d.name).toMatchObject(local.error?.details ?? { missing: true });
    }
    expect(rows(join(ws, DB_FILE))).toEqual([]);
  }, 300_000);

  it('imports the whole snapshot into the same rows as the in-process check', async () => {
    const ws = cliWorkspace('good');
    const r = qcd('exchange', 'import', '--workspace', ws, p('good.qcp'), ...as, '--json');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ ok: true, outcome: 'applied', counts: { added: N } });
    const local = await runImport(
      { db: here.backend.ws.db, workspaceDir: p('here'), recipient: RECIPIENT.agencyCode, now: new Date(), user: 'test' },
      readFileSync(p('good.qcp')), { mode: 'apply', fileName: 'good.qcp', allowExpired: false, limit: 0 },
    );
    expect(local.error).toBeNull();
    expect((r.json() as { stateSha256: string }).stateSha256).toBe(local.stateSha256);
    here.backend.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const cli = rows(join(ws, DB_FILE));
    expect(cli).toHaveLength(N);
    expect(cli).toEqual(rows(join(p('here'), DB_FILE)));
  }, 300_000);
});
