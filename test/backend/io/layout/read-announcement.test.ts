import { describe, expect, it } from 'vitest';
import { SPOT_CHECK_SYNONYMS } from '../../../../src/core/import-parse/header-synonyms';
import { readAnnouncement, type Announcement } from '../../../../src/backend/io/layout/read-announcement';
import { readGrids } from '../../../../src/backend/io/layout/read-grids';
import { buildFixture, RECORDS, writeGbkCsv, writeWorkbook, type Expected } from './announcement-fixture';

function read(bytes: Buffer, name: string): Announcement {
  const result = readAnnouncement(bytes, name, SPOT_CHECK_SYNONYMS);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function check(a: Announcement, expected: Expected[]): void {
  expect(a.rows.map((r) => r.rowNumber)).toEqual(expected.map((e) => e.rowNumber));
  for (const [i, e] of expected.entries()) {
    const row = a.rows[i];
    const c = row?.cells ?? {};
    const got = {
      rowNumber: row?.rowNumber, firm: c.firmName?.text, product: c.productName?.text, trademark: c.trademark?.text,
      date: c.productionDate?.text ?? '', precision: c.productionDate?.precision ?? '', batch: c.batch?.text ?? '',
      result: c.result?.text, failedItems: c.failedItems?.items ?? [], institution: c.institution?.text,
    };
    const want = { ...e };
    delete want.usccProblem;
    delete want.firmDamaged;
    expect(got, `row ${e.rowNumber}`).toEqual(want);
    const codes = row?.problems.map((p) => p.code) ?? [];
    if (e.usccProblem) expect(codes, `row ${e.rowNumber}`).toContain(e.usccProblem);
    if (e.firmDamaged) expect(codes).toContain('E_IMPORT_TEXT_DAMAGED');
  }
}

describe.each([
  ['xls', () => writeWorkbook(buildFixture(false), 'xls'), '2013年第4批.xls', false],
  ['xlsx', () => writeWorkbook(buildFixture(false), 'xlsx'), '2013年第4批.xlsx', false],
  ['GBK CSV', () => writeGbkCsv(buildFixture(true)), '2013年第4批.csv', true],
] as const)('a published result table as %s', (_format, build, name, csv) => {
  const fixture = buildFixture(csv);
  const a = read(build(), name);

  it('finds the data sheet behind a hidden, empty first one, and the header below two title rows', () => {
    if (!csv) expect(a.sheetName).toBe('抽查结果');
    expect(a.headerRows).toEqual([3]);
    expect(a.mapping.columns.map((col) => col.label)).toEqual(['序号', '标称生产企业名称', '所在地', '产品名称', '商标', '商标(2)', '规格型号', '生产日期/批号', '抽查结果', '主要不合格项目', '承检机构', '统一社会信用代码']);
    expect(a.mapping.alternates).toEqual({ trademark: [5] });
    expect(a.fingerprint).toBe('v1|序号|标称生产企业名称|所在地|产品名称|商标|商标|规格型号|生产日期/批号|抽查结果|主要不合格项目|承检机构|统一社会信用代码');
  });

  it('finds every data row and nothing else', () => {
    expect(a.rows).toHaveLength(RECORDS);
    expect(a.skipped.map((s) => s.reason)).toEqual(['serial-only']);
    expect(a.footnotes.map((f) => f.text)).toEqual(['注：按行政区域排序。', '说明：本次抽查依据 GB/T 5023-2008。']);
  });

  it('reads firm, product, trademark, date with precision, batch, result, failed items and institution exactly', () => {
    check(a, fixture.expected);
  });

  it('fills a firm continuation row from the firm above', () => {
    const row = a.rows[4];
    expect(row?.cells.firmName?.text).toBe(a.rows[3]?.cells.firmName?.text);
    expect(row?.filled).toContain('firmName');
  });

  it('keeps numbers where text belongs as people wrote them', () => {
    expect(a.rows[0]?.cells.trademark?.text).toBe('989');
    expect(a.rows[0]?.cells.model?.text).toBe('1500');
    const third = a.rows.find((r) => r.cells.serial?.original.startsWith('3'));
    expect(third?.cells.serial?.text).toBe('3');
  });

  it('reports each unreadable cell with its row, column and original text', () => {
    const scientific = a.rows.flatMap((r) => r.problems.map((p) => ({ ...p, rowNumber: r.rowNumber }))).find((p) => p.code === 'E_IMPORT_DAMAGED_CODE');
    expect(scientific).toMatchObject({ column: 11, header: '统一社会信用代码', original: '9.14E+17' });
    const withCode = a.rows.find((r) => r.cells.uscc?.text === '91350200776049653A');
    expect(withCode).toBeDefined();
    expect(a.rows.every((r) => r.cells.uscc?.text === '' || r.cells.uscc?.text === '91350200776049653A')).toBe(true);
  });
});

describe('file limits', () => {
  it('refuses files over 50 MB with a stable code', () => {
    const result = readGrids(new Uint8Array(50 * 1024 * 1024 + 1), 'big.csv');
    expect(result.ok ? null : result.error.code).toBe('E_IMPORT_TOO_LARGE');
  });

  it('refuses a CSV of more than 1,100,000 rows', () => {
    const result = readGrids(Buffer.from('a\n'.repeat(1_100_001)), 'long.csv');
    expect(result.ok ? null : result.error.code).toBe('E_IMPORT_TOO_MANY_ROWS');
  });

  it('keeps a sheet that claims 65,000 rows to the rows it has', () => {
    const grids = readGrids(writeWorkbook(buildFixture(false), 'xls'), 'x.xls');
    expect(grids.ok && grids.value[1]?.rows.length).toBeLessThan(300);
    expect(grids.ok && grids.value[0]?.hidden).toBe(true);
  });
});
