import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { csvText, HEADER, row, uscc } from './io/import-fixtures';

// The acceptance check of the import's scale, through the command line as a person runs it: one
// invalid row among 100,000 records refuses the whole file, naming the row, the column and why.

const t = tempDir('qcd-import-scale-');
afterAll(() => t.cleanup());
const pw = join(t.dir, 'pw');
writeFileSync(pw, `${PASSWORD}\n`);
const ws = join(t.dir, 'ws');
const as = ['--user', 'admin', '--password-file', pw];

const FIRMS = 50;
const ROWS = 100_000;
const BAD_ROW = 60_000;
const PENALTY_HEADER = ['统一社会信用代码', '企业名称', '严重程度', '行政处罚决定书文号', '处罚类别', '罚款金额（万元）', '处罚决定日期', '处罚机关', '违法事实'];

function penalty(n: number): string[] {
  const firm = (n % FIRMS) + 1;
  // February has no 30th: the one invalid row.
  const date = n === BAD_ROW ? '2025-02-30' : `2025-0${(n % 9) + 1}-1${n % 10}`;
  return [uscc(firm), `长沙市测试企业${firm}有限公司`, '一般', `长市监处罚〔2025〕${n}号`, '警告、罚款', '2.5', date, '长沙市市场监督管理局', '生产销售不合格产品'];
}

const stored = (sql: string): number => {
  const db = new Database(join(ws, 'qcd.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};

type Report = {
  ok: boolean; error?: { code: string; message: string }; rows: number; valid: number; invalid: number; imported: number; rejected: number;
  rejectedRows: { row: number; errors: { column: string; code: string; message: string; original: string }[] }[];
};

describe('qcd import at scale', () => {
  it('one invalid penalty among 100,000 commits nothing, and says which row and why; --reject-invalid imports the rest', () => {
    expect(qcd('init', '--workspace', ws, '--password-file', pw).status).toBe(0);
    const firms = join(t.dir, 'firms.csv');
    writeFileSync(firms, `\uFEFF${csvText([HEADER, ...Array.from({ length: FIRMS }, (_, i) => row(i + 1))])}`);
    expect(qcd('import', '--workspace', ws, '--kind', 'enterprises', firms, ...as, '--json').status).toBe(0);

    const file = join(t.dir, 'penalties.csv');
    const rows = [PENALTY_HEADER];
    for (let n = 1; n <= ROWS; n++) rows.push(penalty(n));
    writeFileSync(file, `\uFEFF${csvText(rows)}`);

    const refused = qcd('import', '--workspace', ws, '--kind', 'penalties', file, ...as, '--json');
    expect(refused.status).toBe(1);
    const report = refused.json() as Report;
    // The header is line 1, so the n-th penalty is on line n + 1.
    expect(report).toMatchObject({ ok: false, error: { code: 'E_IMPORT_INVALID_ROWS' }, rows: ROWS, valid: ROWS - 1, invalid: 1, imported: 0 });
    expect(report.error?.message).toContain(`第 ${BAD_ROW + 1} 行`);
    expect(report.rejectedRows).toEqual([{ row: BAD_ROW + 1, errors: [expect.objectContaining({ column: '处罚决定日期', original: '2025-02-30' })] }]);
    expect(report.rejectedRows[0]?.errors[0]?.message).toMatch(/日期/);
    expect(stored('SELECT count(*) FROM credit_records')).toBe(0);
    expect(stored("SELECT count(*) FROM import_batches WHERE kind = 'penalties'")).toBe(0);
    expect(stored("SELECT count(*) FROM audit_log WHERE action = 'imports:commit'")).toBe(1);

    const done = qcd('import', '--workspace', ws, '--kind', 'penalties', file, ...as, '--reject-invalid', '--json');
    expect(done.status).toBe(0);
    expect(done.json()).toMatchObject({ ok: true, rows: ROWS, imported: ROWS - 1, rejected: 1, rejectedRows: [{ row: BAD_ROW + 1 }] });
    expect(stored("SELECT count(*) FROM credit_records WHERE kind = 'penalties' AND import_batch_id IS NOT NULL")).toBe(ROWS - 1);
  }, 120_000);
});
