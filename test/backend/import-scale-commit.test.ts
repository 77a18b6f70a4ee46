import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enterpriseInserter, storedEnterprises } from '../../src/backend/io/kinds/enterprises-store';
import { previews } from '../../src/backend/io/preview-store';
import { grantLocalFile } from '../../src/backend/io/stream/local-files';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { count, csvText, HEADER, row, uscc } from './io/import-fixtures';

type PreviewOut = { previewId: string; rows: number; valid: number; invalid: number; invalidRows: number[]; problems: { row: number }[] };

let b: TestBackend;
let officer: string;
beforeEach(async () => {
  b = await testBackend();
  officer = await b.login('officer');
});
afterEach(() => b.cleanup());

/** Writes rows 1..n (with `bad` rows given an unknown industry) to a file in the workspace's folder. */
function file(n: number, bad: (k: number) => boolean = () => false): string {
  const rows = [HEADER];
  for (let k = 1; k <= n; k++) rows.push(row(k, bad(k) ? { industry: 'C99' } : {}));
  const path = join(b.dir, `e-${randomUUID()}.csv`);
  writeFileSync(path, `\uFEFF${csvText(rows)}`);
  return path;
}

const OTHER = uscc(900_000);

/** Registers a firm outside the files through the router: an audited write since any preview. */
async function writeSomething(): Promise<void> {
  await b.value('enterprises:create', { uscc: OTHER, name: '预览之后登记的企业', regionCode: '430102', industryCode: 'C14' }, officer);
}

async function previewFile(path: string): Promise<PreviewOut> {
  return (await b.value('imports:preview', { kind: 'enterprises', fileName: 'e.csv', localFile: grantLocalFile(path) }, officer)) as PreviewOut;
}

describe('imports at scale: the preview keeps a summary (and staged rows), the commit reads the file again when it must', () => {
  it('a preview holds counts and invalid rows, not records; a granted file is read once', async () => {
    const path = file(10_000, (k) => k % 2500 === 0);
    const token = grantLocalFile(path);
    const p = (await b.value('imports:preview', { kind: 'enterprises', fileName: 'e.csv', localFile: token }, officer)) as PreviewOut;
    expect(p).toMatchObject({ rows: 10_000, valid: 9996, invalid: 4, invalidRows: [2501, 5001, 7501, 10_001] });
    const stored = previews.get(p.previewId, Date.now());
    expect(stored?.source).toEqual({ kind: 'file', path });
    expect(Object.keys(stored?.summary ?? {}).sort()).toEqual(['columns', 'invalidRows', 'items', 'problems', 'total', 'valid']);
    // The token was used up; an unknown one reads nothing.
    for (const localFile of [token, 'made-up-token']) {
      expect(await b.call('imports:preview', { kind: 'enterprises', fileName: 'e.csv', localFile }, officer)).toMatchObject({ ok: false, error: { code: 'E_VALIDATION' } });
    }
    expect(await b.value('imports:commit', { previewId: p.previewId, rejectRows: p.invalidRows }, officer)).toMatchObject({ imported: 9996, rejected: 4 });
    expect(count(b)).toBe(9996);
  });

  it('refuses the commit when the file changed after the preview, and writes nothing', async () => {
    const path = file(100);
    const p = await previewFile(path);
    appendFileSync(path, csvText([row(101)]));
    const r = await b.call('imports:commit', { previewId: p.previewId }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_IMPORT_PREVIEW_EXPIRED' } });
    if (!r.ok) expect(r.error.message).toContain('文件在预览之后已被修改');
    expect(count(b, '1')).toBe(0);
    expect(b.ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
  });

  it('names the first invalid row not left out and why, even past the reasons the preview kept', async () => {
    const path = file(3000, (k) => k % 2 === 0);
    const p = await previewFile(path);
    expect(p.invalid).toBe(1500);
    expect(p.problems).toHaveLength(1000);
    const leftOut = p.invalidRows.slice(0, 1200);
    const r = await b.call('imports:commit', { previewId: p.previewId, rejectRows: leftOut }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_IMPORT_INVALID_ROWS', details: { row: 2403, errors: [{ column: '行业代码', original: 'C99' }] } } });
    if (!r.ok) expect(r.error.message).toMatch(/第 2403 行无效（行业代码：.+）/);
    expect(count(b, '1')).toBe(0);
  });

  it('finds what the database gained after the preview, and rolls the whole commit back', async () => {
    const p = await previewFile(file(10_000));
    // Registered by someone else between the preview and the commit.
    await b.value('enterprises:create', { uscc: uscc(7000), name: '抢先登记的企业', regionCode: '430102', industryCode: 'C14' }, officer);
    const r = await b.call('imports:commit', { previewId: p.previewId }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_USCC_DUPLICATE', details: { row: 7001 } } });
    expect(count(b, '1')).toBe(1);
  });

  it('reading the file again, reports progress and stops on cancel, leaving nothing behind', async () => {
    const p = await previewFile(file(20_000));
    // A write since the preview: the commit cannot use the staged rows (imports-staged.test.ts cancels their move).
    await writeSomething();
    const requestId = randomUUID();
    const seen: number[] = [];
    const done = b.router.call({ requestId, channel: 'imports:commit', input: { previewId: p.previewId }, session: officer }, (e) => {
      seen.push(e.done);
      if (e.done >= 10_000 && seen.length < 100) void b.call('jobs:cancel', { requestId }, officer);
    });
    expect(await done).toMatchObject({ ok: false, error: { code: 'E_CANCELLED' } });
    expect(seen.length).toBeGreaterThan(1);
    expect(count(b, 'import_batch_id IS NOT NULL')).toBe(0);
    expect(b.ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
  });

  it.each([
    ['moved from the preview\'s staging table', false],
    ['staged again from a second reading of the file', true],
  ])('writes enterprises %s with exactly the values the kind\'s own inserter writes', async (_path, writeBetween) => {
    const p = await previewFile(file(3));
    if (writeBetween) await writeSomething();
    await b.value('imports:commit', { previewId: p.previewId }, officer);
    const db = b.ws.db;
    const all = () => db.prepare('SELECT * FROM enterprises WHERE import_batch_id IS NOT NULL ORDER BY uscc').all() as Record<string, unknown>[];
    const staged = all();
    const records = [...storedEnterprises(db)].filter((r) => r.uscc !== OTHER);
    const first = staged[0] ?? {};
    db.exec('DELETE FROM enterprises WHERE import_batch_id IS NOT NULL');
    const insert = enterpriseInserter(db, String(first.created_at), Number(first.import_batch_id));
    for (const r of records) insert(r);
    const direct = all();
    const withoutId = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...rest }) => rest);
    expect(withoutId(direct)).toEqual(withoutId(staged));
    expect(staged).toHaveLength(3);
  });
});
