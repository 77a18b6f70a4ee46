import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../src/contract';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { seedListScene } from './publications-fixtures';

const PASSPHRASE = '签名口令 Sign-2026';
const PERIOD = { listType: 'black', from: '2026-01-01', to: '2026-06-30' };

let b: TestBackend;
let officer: string;
let reviewer: string;

beforeAll(async () => {
  b = await testBackend({ now: () => new Date('2026-07-06T02:00:00Z') });
  const admin = await b.login('admin');
  await b.value('keys:generate', { alg: 'ed25519', passphrase: PASSPHRASE, agencyCode: '11430100MB1234567X', agencyName: '长沙市市场监督管理局' }, admin);
  seedListScene(b.ws.db);
  officer = await b.login('officer');
  reviewer = await b.login('reviewer');
}, 60_000);
afterAll(() => b.cleanup());

describe('publications:preview', () => {
  it('counts what issuing then publishes, and the next sequence on the stream', async () => {
    const before = (await b.value('publications:preview', PERIOD, officer)) as OutputOf<'publications:preview'>;
    // The scene: four entries on the list at the cut-off, one removed in the period (QL-0003).
    expect(before).toEqual({ streamId: 'publication/black', sequence: 1, active: 4, stats: { entries: 5, added: 2, amended: 0, removed: 1 }, previous: null });
    const issued = (await b.value('publications:issue', { ...PERIOD, docNo: '长市监信公〔2026〕3号', issuedOn: '2026-07-06', passphrase: PASSPHRASE }, reviewer)) as OutputOf<'publications:issue'>;
    expect(issued.stats).toEqual(before.stats);
    const after = (await b.value('publications:preview', { ...PERIOD, from: '2026-07-01', to: '2026-07-05' }, officer)) as OutputOf<'publications:preview'>;
    expect(after.sequence).toBe(2);
    expect(after.previous).toMatchObject({ docNo: '长市监信公〔2026〕3号', periodTo: '2026-06-30' });
    expect(after.stats.added + after.stats.removed).toBe(0);
  });

  it('refuses an unknown list type and dates out of order, and writes nothing', async () => {
    const unknown = await b.call('publications:preview', { ...PERIOD, listType: 'watch' }, officer);
    expect(unknown.ok ? null : unknown.error.code).toBe('E_LIST_TYPE_UNKNOWN');
    const reversed = await b.call('publications:preview', { ...PERIOD, from: '2026-07-01' }, officer);
    expect(reversed.ok ? null : reversed.error.code).toBe('E_VALIDATION');
    expect(b.ws.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'publications:%'").get()).toEqual({ n: 1 });
  });
});
