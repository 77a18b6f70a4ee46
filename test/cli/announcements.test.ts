import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindEntry } from '../../src/backend/io/kinds';
import { qcd } from '../helpers/cli';
import { PASSWORD, tempDir } from '../helpers/workspace';
import { workbook } from '../backend/announcements-fixtures';
import { buildFixture, RECORDS, writeWorkbook } from '../backend/io/layout/announcement-fixture';
import { csvText, uscc } from '../backend/io/import-fixtures';

const t = tempDir('qcd-announce-');
const pw = join(t.dir, 'pw');
const ws = join(t.dir, 'ws');
const as = ['--user', 'admin', '--password-file', pw];

type Report = { ok: boolean; rows: number; imported: number; review: number; rejected: number; rejectedRows: { row: number; reasons: { code: string; message: string }[] }[]; mapping: Record<string, string>; error?: { code: string } };

beforeAll(() => {
  writeFileSync(pw, `${PASSWORD}\n`);
  expect(qcd('init', '--workspace', ws, '--password-file', pw).status).toBe(0);
});
afterAll(() => t.cleanup());

describe('qcd import of a published table, with no template and no options', () => {
  it('imports a .xls announcement: rows, imported, review and rejected add up, each rejected row with its reason', () => {
    const file = join(t.dir, '2013年第4批.xls');
    writeFileSync(file, writeWorkbook(buildFixture(false), 'xls'));
    const r = qcd('import', '--workspace', ws, '--kind', 'spot-checks', file, ...as, '--json');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = r.json() as Report;
    expect(report).toMatchObject({ ok: true, rows: RECORDS });
    expect(report.imported + report.review + report.rejected).toBe(report.rows);
    expect(report.rejected).toBeGreaterThan(0);
    for (const row of report.rejectedRows) expect(row.reasons[0]?.message).toBeTruthy();
    const text = qcd('import', '--workspace', ws, '--kind', 'spot-checks', file, ...as);
    expect(text.status).toBe(1);
    expect(text.stderr).toContain('E_ANNOUNCE_ALREADY_IMPORTED');
  });

  it('exits 1 and writes nothing when no row can be imported', () => {
    const file = join(t.dir, 'bad.xlsx');
    writeFileSync(file, workbook([['企业名称', '产品名称', '抽查结果'], ['\uFFFD\uFFFD有限公司', '电线', '合格'], ['某某有限公司', '电缆', '待定说明']]));
    const r = qcd('import', '--workspace', ws, '--kind', 'spot-checks', file, ...as, '--json');
    expect(r.status).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, error: { code: 'E_IMPORT_NOTHING' }, rows: 2, imported: 0, rejected: 2 });
  });

  it('--map corrects a column; a field that does not exist is a usage error', () => {
    const file = join(t.dir, 'brand.xlsx');
    writeFileSync(file, workbook([['企业名称', '所在地', '产品名称', '商标', '品牌名称', '抽查结果'], ['长沙某某电器有限公司', '湖南', '电线', '甲', '乙', '合格']]));
    const r = qcd('import', '--workspace', ws, '--kind', 'spot-checks', file, '--map', '商标=品牌名称', '--as-of', '2025-10-01', ...as, '--json');
    expect(r.status, r.stdout).toBe(0);
    expect((r.json() as Report).mapping.trademark).toBe('品牌名称');
    expect(qcd('import', '--workspace', ws, '--kind', 'spot-checks', file, '--map', '不存在=品牌', ...as, '--json').status).toBe(2);
    expect(qcd('import', '--workspace', ws, '--kind', 'spot-checks', file, '--as-of', '2025/10/01', ...as, '--json').status).toBe(2);
  });

  it('leaves our own template to the template importer', () => {
    const file = join(t.dir, 'template.csv');
    const headers = kindEntry('spot-checks').kind.columns.map((c) => c.header);
    writeFileSync(file, `\uFEFF${csvText([headers, [uscc(77), ...headers.slice(1).map(() => '')]])}`);
    const r = qcd('import', '--workspace', ws, '--kind', 'spot-checks', file, ...as, '--json');
    expect(r.json()).toHaveProperty('invalidRows');
  });
});
