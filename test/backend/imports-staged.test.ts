import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/contract';
import { previews } from '../../src/backend/io/preview-store';
import { grantLocalFile } from '../../src/backend/io/stream/local-files';
import { STAGE_ROWS } from '../../src/backend/io/stream/enterprise-stage';
import { usccCheckChar } from '../../src/core/identifiers/uscc';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { count, csvText, HEADER, previewTables, row, uscc } from './io/import-fixtures';

// An enterprise preview stages its valid rows in the connection's temp schema; the commit moves
// them when nothing was written since, and otherwise reads the file again. These tests hold the
// two paths to the same result, and show which one a commit took by its progress: the move counts
// the rows it moves, the second reading counts the rows of the file.

type PreviewOut = { previewId: string; rows: number; valid: number; invalid: number; invalidRows: number[] };
type CommitOut = { batchId: number; rows: number; imported: number; rejected: number };

let opened: TestBackend[] = [];
afterEach(() => {
  for (const b of opened) b.cleanup();
  opened = [];
});

async function backend(now?: Date): Promise<{ b: TestBackend; officer: string }> {
  const b = await testBackend(now ? { now: () => now } : {});
  opened.push(b);
  return { b, officer: await b.login('officer') };
}

function csvFile(b: TestBackend, rows: string[][]): string {
  const path = join(b.dir, `e-${randomUUID()}.csv`);
  writeFileSync(path, `\uFEFF${csvText([HEADER, ...rows])}`);
  return path;
}

async function previewFile(b: TestBackend, session: string, path: string): Promise<PreviewOut> {
  return (await b.value('imports:preview', { kind: 'enterprises', fileName: 'e.csv', localFile: grantLocalFile(path) }, session)) as PreviewOut;
}

async function commit(b: TestBackend, session: string, previewId: string, rejectRows: number[] = []): Promise<{ out: CommitOut; progress: ProgressEvent[] }> {
  const progress: ProgressEvent[] = [];
  const r = await b.router.call({ requestId: randomUUID(), channel: 'imports:commit', input: { previewId, rejectRows }, session }, (e) => progress.push(e));
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return { out: r.value as CommitOut, progress };
}

function stageName(previewId: string): string {
  const name = previews.get(previewId, Date.now())?.staged?.name;
  if (!name) throw new Error('the preview staged nothing');
  return name;
}

/** A code whose check character is wrong, kept on purpose (“是” in the last column). */
function acknowledged(n: number): string[] {
  const first17 = uscc(n).slice(0, 17);
  const wrong = usccCheckChar(first17) === '1' ? '2' : '1';
  return [...row(n, { uscc: `${first17}${wrong}`, address: '' }).slice(0, 6), '吊销', '是'];
}

/** 45,000 rows: invalid ones, an in-file duplicate, a blank row, acknowledged codes. Line = index + 2. */
function mixedRows(): string[][] {
  const rows: string[][] = [];
  for (let k = 1; k <= 45_000; k++) {
    if (k % 997 === 0) rows.push(row(k, { industry: 'C99' }));
    else if (k === 30_000) rows.push(row(5, { name: '同一代码的第二行' }));
    else if (k === 12_345) rows.push(['', '', '', '', '', '', '', '']);
    else if (k % 4999 === 0) rows.push(acknowledged(k));
    else rows.push(row(k));
  }
  return rows;
}

const imported = (b: TestBackend, batchId: number) =>
  (b.ws.db.prepare('SELECT * FROM enterprises WHERE import_batch_id = ? ORDER BY id').all(batchId) as Record<string, unknown>[])
    .map(({ id: _id, ...rest }) => rest);

describe('imports: the commit moves what the preview staged', () => {
  it('imports the same rows, values and order as reading the file again, in statements of STAGE_ROWS rows', async () => {
    const now = new Date();
    const rows = mixedRows();
    // Valid rows the person leaves out as well as the invalid ones.
    const leftOut = (p: PreviewOut) => [...p.invalidRows, 3, 20_002, 44_001].sort((x, y) => x - y);

    const staged = await backend(now);
    const p = await previewFile(staged.b, staged.officer, csvFile(staged.b, rows));
    expect(p.invalidRows).toContain(30_001);
    expect(staged.b.ws.db.prepare(`SELECT count(*) FROM temp.${stageName(p.previewId)}`).pluck().get()).toBe(p.valid);
    const moved = await commit(staged.b, staged.officer, p.previewId, leftOut(p));

    const again = await backend(now);
    const q = await previewFile(again.b, again.officer, csvFile(again.b, rows));
    // Something written since the preview: the commit reads and checks the file again.
    await again.b.value('enterprises:create', { uscc: uscc(900_001), name: '预览之后登记的企业', regionCode: '430102', industryCode: 'C14' }, again.officer);
    const read = await commit(again.b, again.officer, q.previewId, leftOut(q));

    expect(moved.out).toEqual({ ...read.out, batchId: moved.out.batchId });
    expect(moved.out).toMatchObject({ rows: 44_999, imported: p.valid - 3, rejected: 44_999 - p.valid + 3 });
    expect(imported(staged.b, moved.out.batchId)).toEqual(imported(again.b, read.out.batchId));
    expect(imported(staged.b, moved.out.batchId).filter((e) => e.uscc_check_ack === 1 && e.status === 'revoked')).toHaveLength(9);

    // The move reported after each statement: STAGE_ROWS rows each, the rest in the last.
    const done = moved.progress.map((e) => e.done);
    expect(moved.progress.every((e) => e.total === moved.out.imported)).toBe(true);
    expect(done).toEqual([STAGE_ROWS, 2 * STAGE_ROWS, moved.out.imported]);
    expect(read.progress.at(-1)).toMatchObject({ done: 44_999, total: 44_999 });
  });

  it('moves the staged rows rather than the file\'s, leaving out rejected valid rows and the in-file duplicate', async () => {
    const { b, officer } = await backend();
    const p = await previewFile(b, officer, csvFile(b, [row(1), row(2), row(3), row(2, { name: '重复的第二行' }), row(5)]));
    expect(p.invalidRows).toEqual([5]);
    const name = stageName(p.previewId);
    // The duplicate's verdict is final when it is read: it is never staged.
    expect(b.ws.db.prepare(`SELECT line FROM temp.${name} ORDER BY line`).pluck().all()).toEqual([2, 3, 4, 6]);
    // Marks what the move takes from the staging table, so the test sees which path ran.
    b.ws.db.exec(`UPDATE temp.${name} SET name = name || '（暂存）'`);
    const { out } = await commit(b, officer, p.previewId, [4, 5]);
    expect(out).toMatchObject({ rows: 5, imported: 3, rejected: 2 });
    expect(b.ws.db.prepare('SELECT uscc, name FROM enterprises ORDER BY id').all()).toEqual([
      { uscc: uscc(1), name: '长沙市测试企业1有限公司（暂存）' },
      { uscc: uscc(2), name: '长沙市测试企业2有限公司（暂存）' },
      { uscc: uscc(5), name: '长沙市测试企业5有限公司（暂存）' },
    ]);
    expect(previewTables(b)).toEqual([]);
  });

  it('reads the file again after a write since the preview, and still names a row registered meanwhile', async () => {
    const { b, officer } = await backend();
    const path = csvFile(b, Array.from({ length: 30_000 }, (_, i) => row(i + 1)));
    const p = await previewFile(b, officer, path);
    b.ws.db.exec(`UPDATE temp.${stageName(p.previewId)} SET name = name || '（暂存）'`);
    await b.value('enterprises:create', { uscc: uscc(27_000), name: '抢先登记的企业', regionCode: '430102', industryCode: 'C14' }, officer);
    const r = await b.call('imports:commit', { previewId: p.previewId }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_USCC_DUPLICATE', details: { row: 27_001 } } });
    expect(count(b, '1')).toBe(1);

    // With the clash left out the commit succeeds, from the file: no staged (marked) name.
    const { out } = await commit(b, officer, p.previewId, [27_001]);
    expect(out).toMatchObject({ imported: 29_999 });
    expect(count(b, "name LIKE '%（暂存）'")).toBe(0);
    expect(previewTables(b)).toEqual([]);
  });

  it('names the row whose code was taken by a write the audit chain does not show (another connection)', async () => {
    const { b, officer } = await backend();
    const p = await previewFile(b, officer, csvFile(b, Array.from({ length: 30_000 }, (_, i) => row(i + 1))));
    b.ws.db.prepare(`INSERT INTO enterprises (uscc, uscc_check_ack, name, region_code, industry_code, legal_representative, address, status,
      created_at, updated_at, org_code, registration_region_code) VALUES (?, 0, '别处写入的企业', '430102', 'C14', '', '', 'active', ?, ?, '', '430102')`)
      .run(uscc(25_000), new Date().toISOString(), new Date().toISOString());
    const r = await b.call('imports:commit', { previewId: p.previewId }, officer);
    expect(r).toMatchObject({ ok: false, error: { code: 'E_USCC_DUPLICATE', details: { row: 25_001 } } });
    expect(count(b, '1')).toBe(1);
    expect(b.ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
  });

  it('stops on cancel between statements, keeps the staged rows whole, and a second commit imports them; undo still works', async () => {
    const { b, officer } = await backend();
    const p = await previewFile(b, officer, csvFile(b, Array.from({ length: 45_000 }, (_, i) => row(i + 1))));
    const name = stageName(p.previewId);
    const requestId = randomUUID();
    const seen: number[] = [];
    const r = await b.router.call({ requestId, channel: 'imports:commit', input: { previewId: p.previewId, rejectRows: [7, 8] }, session: officer }, (e) => {
      seen.push(e.done);
      if (seen.length === 1) void b.call('jobs:cancel', { requestId }, officer);
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'E_CANCELLED' } });
    expect(seen).toEqual([STAGE_ROWS]);
    expect(count(b, '1')).toBe(0);
    expect(b.ws.db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
    // The rows the move left out were deleted in the rolled-back transaction: they are back.
    expect(b.ws.db.prepare(`SELECT count(*) FROM temp.${name}`).pluck().get()).toBe(45_000);

    const { out, progress } = await commit(b, officer, p.previewId);
    expect(out).toMatchObject({ imported: 45_000 });
    expect(progress.at(-1)).toMatchObject({ done: 45_000, total: 45_000 });
    expect(await b.value('imports:undo', { batchId: out.batchId }, officer)).toEqual({ batchId: out.batchId, removed: 45_000 });
    expect(count(b)).toBe(0);
    expect(await b.value('audit:verify', {}, await b.login('admin'))).toMatchObject({ ok: true });
  });
});
