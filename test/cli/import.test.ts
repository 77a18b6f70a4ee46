import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { csvText, HEADER, row } from '../backend/io/import-fixtures';

const t = tempDir('qcd-import-');
afterAll(() => t.cleanup());
const pw = join(t.dir, 'pw');
writeFileSync(pw, `${PASSWORD}\n`);
const ws = join(t.dir, 'ws');
const as = ['--user', 'admin', '--password-file', pw];

describe('qcd template, import, export', () => {
  it('template writes the Chinese headers as CSV with BOM and as XLSX', async () => {
    const csv = join(t.dir, 't.csv');
    expect(qcd('template', '--kind', 'enterprises', '--out', csv, '--json').status).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
    const xlsx = join(t.dir, 't.xlsx');
    expect(qcd('template', '--kind', 'enterprises', '--out', xlsx).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect((wb.worksheets[0]?.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(qcd('template', '--kind', 'invoices', '--out', csv).status).toBe(2);
    expect(qcd('template', '--kind', 'enterprises', '--out', join(t.dir, 't.txt')).status).toBe(2);
  });

  it('import refuses a file with invalid rows unless told to reject them, then export round-trips', () => {
    expect(qcd('init', '--workspace', ws, '--password-file', pw).status).toBe(0);
    const file = join(t.dir, 'in.csv');
    writeFileSync(file, `\uFEFF${csvText([HEADER, row(1), row(2, { region: '12345' }), row(3)])}`);

    const refused = qcd('import', '--workspace', ws, '--kind', 'enterprises', file, ...as, '--json');
    expect(refused.status).toBe(1);
    expect(refused.json()).toMatchObject({
      ok: false, error: { code: 'E_IMPORT_INVALID_ROWS' }, rows: 3, imported: 0,
      rejectedRows: [{ row: 3, errors: [{ column: '行政区划代码', code: 'E_VALIDATION', original: '12345' }] }],
    });
    expect(qcd('stats', '--workspace', ws, '--json').json()).toMatchObject({ enterprises: 0 });

    const done = qcd('import', '--workspace', ws, '--kind', 'enterprises', file, ...as, '--reject-invalid', '--json');
    expect(done.status).toBe(0);
    expect(done.json()).toMatchObject({ ok: true, rows: 3, imported: 2, rejected: 1, rejectedRows: [{ row: 3 }] });

    const out = join(t.dir, 'out.csv');
    const exported = qcd('export', '--workspace', ws, '--kind', 'enterprises', '--out', out, '--json');
    expect(exported.json()).toMatchObject({ ok: true, rows: 2 });
    expect(readFileSync(out, 'utf8')).toBe(`\uFEFF${csvText([HEADER, row(1), row(3)])}`);

    const text = qcd('import', '--workspace', ws, '--kind', 'enterprises', out, ...as);
    expect(text.status).toBe(1);
    expect(text.stderr + text.stdout).toContain('该统一社会信用代码已登记');
  });
});
