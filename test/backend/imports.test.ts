import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { count, csvText, HEADER, preview, row, uscc } from './io/import-fixtures';

type PreviewOut = { previewId: string; rows: number; valid: number; invalid: number; invalidRows: number[];
  problems: { row: number; errors: { column: string; code: string; message: string; original: string }[] }[] };

let b: TestBackend;
let officer: string;
beforeEach(async () => {
  b = await testBackend();
  officer = await b.login('officer');
});
afterEach(() => b.cleanup());

async function previewOk(text: string, name = 'e.csv'): Promise<PreviewOut> {
  const r = await preview(b, officer, name, Buffer.from(`\uFEFF${text}`));
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value as PreviewOut;
}

describe('imports: all or nothing', () => {
  it('a file with one invalid row among 100,000 commits nothing and names that row and why', async () => {
    const rows = [HEADER];
    for (let n = 1; n <= 100_000; n++) rows.push(row(n, n === 50_000 ? { region: '999999' } : {}));
    const p = await previewOk(csvText(rows));
    expect(p).toMatchObject({ rows: 100_000, valid: 99_999, invalid: 1, invalidRows: [50_001] });
    expect(p.problems[0]?.errors[0]).toMatchObject({ column: '行政区划代码', code: 'E_REGION_UNKNOWN', original: '999999' });

    const auditBefore = b.ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const r = await b.call('imports:commit', { previewId: p.previewId, acceptInvalid: false }, officer);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('E_IMPORT_INVALID_ROWS');
    expect(r.error.message).toContain('第 50001 行');
    expect(r.error.message).toContain('行政区划代码不在代码表中');
    expect(count(b)).toBe(0);
    expect(b.ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
    expect(b.ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);

  }, 30_000);

  it('rejecting the invalid rows explicitly imports the rest, in one batch with one audit row', async () => {
    const rows = [HEADER];
    for (let n = 1; n <= 300; n++) rows.push(row(n, n % 100 === 0 ? { industry: 'C99' } : {}));
    const p = await previewOk(csvText(rows));
    expect(p.invalidRows).toEqual([101, 201, 301]);
    const ok = await b.value('imports:commit', { previewId: p.previewId, rejectRows: p.invalidRows, acceptInvalid: false }, officer);
    expect(ok).toMatchObject({ rows: 300, imported: 297, rejected: 3 });
    expect(count(b, 'import_batch_id IS NOT NULL')).toBe(297);
    const audit = b.ws.db.prepare("SELECT after_json FROM audit_log WHERE action = 'imports:commit'").pluck().all() as string[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0] ?? '{}')).toMatchObject({ imported: 297, rejected: 3, fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('reports duplicates in the file and against the database, by USCC only', async () => {
    await b.value('enterprises:create', { uscc: uscc(1), name: '已登记企业', regionCode: '430102', industryCode: 'C14' }, officer);
    const p = await previewOk(csvText([HEADER, row(1, { name: '名称不同也算已登记' }), row(2), row(2, { name: '另一个名字' }), row(3, { name: '已登记企业' })]));
    expect(p).toMatchObject({ rows: 4, valid: 2, invalid: 2 });
    expect(p.problems.map((x) => [x.row, x.errors[0]?.code])).toEqual([[2, 'E_USCC_DUPLICATE'], [4, 'E_IMPORT_DUPLICATE_IN_FILE']]);
    expect(p.problems[1]?.errors[0]?.message).toContain('第 3 行');
  });

  it('a preview is single-use and belongs to the person who made it', async () => {
    const p = await previewOk(csvText([HEADER, row(1)]));
    const admin = await b.login('admin');
    expect(await b.call('imports:commit', { previewId: p.previewId }, admin)).toMatchObject({ ok: false, error: { code: 'E_IMPORT_PREVIEW_EXPIRED' } });
    expect(await b.call('imports:commit', { previewId: p.previewId }, officer)).toMatchObject({ ok: true });
    expect(await b.call('imports:commit', { previewId: p.previewId }, officer)).toMatchObject({ ok: false, error: { code: 'E_IMPORT_PREVIEW_EXPIRED' } });
    const reviewer = await b.login('reviewer');
    expect(await preview(b, reviewer, 'e.csv', Buffer.from(csvText([HEADER, row(2)])))).toMatchObject({ ok: false, error: { code: 'E_FORBIDDEN' } });
    expect(await b.call('imports:list', {}, reviewer)).toMatchObject({ ok: true, value: [{ imported: 1, status: 'committed' }] });
  });
});

describe('imports: undo', () => {
  async function importBatch(from: number, to: number): Promise<number> {
    const rows = [HEADER];
    for (let n = from; n <= to; n++) rows.push(row(n));
    const p = await previewOk(csvText(rows));
    return ((await b.value('imports:commit', { previewId: p.previewId }, officer)) as { batchId: number }).batchId;
  }

  it('restores the previous state, and is audited', async () => {
    await b.value('enterprises:create', { uscc: uscc(900), name: '原有企业', regionCode: '430102', industryCode: 'C14' }, officer);
    const before = await b.value('enterprises:list', { pageSize: 200 }, officer);
    const batchId = await importBatch(1, 20);
    expect(count(b)).toBe(21);
    expect(await b.value('imports:undo', { batchId }, officer)).toEqual({ batchId, removed: 20 });
    expect(await b.value('enterprises:list', { pageSize: 200 }, officer)).toEqual(before);
    expect(b.ws.db.prepare('SELECT count(*) FROM enterprises WHERE deleted_by = ?').pluck().get('officer')).toBe(20);
    expect(await b.call('imports:undo', { batchId }, officer)).toMatchObject({ ok: false, error: { code: 'E_IMPORT_ALREADY_UNDONE' } });
    expect(await b.value('audit:verify', {}, await b.login('admin'))).toMatchObject({ ok: true });
  });

  it('is refused, whole, when an enterprise was edited after the import', async () => {
    const batchId = await importBatch(1, 5);
    const id = b.ws.db.prepare('SELECT id FROM enterprises WHERE uscc = ?').pluck().get(uscc(3)) as number;
    await b.value('enterprises:update', { id, draft: { uscc: uscc(3), name: '改过的名称', regionCode: '430102', industryCode: 'C14' } }, officer);
    const r = await b.call('imports:undo', { batchId }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_IMPORT_UNDO_CHANGED', details: { count: 1, changed: [{ id, name: '改过的名称' }] } } });
    expect(count(b)).toBe(5);
    expect(await b.call('imports:undo', { batchId: 999 }, officer)).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
  });
});
