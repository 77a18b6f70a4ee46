import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportKindSchema, type ImportKindName } from '../../src/contract';
import { writeCsv } from '../../src/backend/io/csv-write';
import { kindEntry } from '../../src/backend/io/kinds';
import { uscc } from '../backend/io/import-fixtures';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { gtin13, previewQuietly, residentId, Tally } from './import-harness';
import { RUNS } from './runs';

let b: TestBackend;
let officer: string;
const tally = new Tally();
const FIRMS = 3;
/** Rows that passed every check: the generators must reach the deepest rules too, not only the first refusal. */
let validRows = 0;

beforeAll(async () => {
  b = await testBackend();
  officer = await b.login('officer');
  for (let n = 1; n <= FIRMS; n++) {
    await b.value('enterprises:create', { uscc: uscc(n), name: `敌意输入测试${n}有限公司`, regionCode: '430102', industryCode: 'C38', status: 'active' }, officer);
  }
});
afterAll(() => {
  b.cleanup();
  console.warn(`hostile import rows: ${tally.total()} cases (${tally.toString()}); ${validRows} rows were valid`);
});

const nasty = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('', ' ', '/', '—', '无', '是', '否', '\u0000', '\uFEFF', '\uFFFD\uFFFD', '=1+1', "'=x", '@SUM(A1)', '-3', '+86',
      '9.13502E+17', '1E5', '<script>alert(1)</script>', "'; DROP TABLE persons; --", '𠮷野家', '１２３', 'NaN', '-0', '0x1F', '2025-13-40',
      '2024-02-29', '2023-02-29', '2025/7/2', '2025年7月2日', '00:00', 'a|b|c', '|', '||||', '\t=1', '\r=1'),
  },
  { weight: 1, arbitrary: fc.constantFrom('长'.repeat(5_000), 'x'.repeat(70_000)) },
);

/** Plausible values for the columns with rules, so that cases reach the deeper checks too. */
const PLAUSIBLE: Record<string, fc.Arbitrary<string>> = {
  uscc: fc.oneof(fc.integer({ min: 1, max: FIRMS + 2 }).map((n) => uscc(n)), fc.constant(uscc(1).toLowerCase()), fc.constant(` ${uscc(2)} `)),
  idNumber: fc.oneof(fc.integer({ min: 1, max: 40 }).map(residentId), fc.integer({ min: 1, max: 40 }).map((n) => residentId(n).slice(0, 17)),
    fc.constantFrom('4301**********0011', 'E12345678', 'h1234567(8)')),
  idType: fc.constantFrom('身份证', '护照', '居民身份证', '台胞证', '其他', '驾驶证'),
  role: fc.constantFrom('法定代表人', '负责人', '质量负责人', '法人', '董事长', 'legal_representative'),
  fromDate: fc.constantFrom('2020-01-05', '2019/3/1', '2021年6月30日', '2020-02-30'),
  toDate: fc.constantFrom('2022-01-05', '2019-01-01', ''),
  gtin: fc.oneof(fc.integer({ min: 1, max: 40 }).map(gtin13), fc.constantFrom('6901234567890', '12345670', '6.90123E+12', '０６９０１２３４５６７８９２')),
  riskGrade: fc.constantFrom('Ⅰ', 'Ⅱ', 'Ⅲ', 'I', 'II', 'III', '1', '2', '3', '二级', 'Ⅳ', 'iv'),
  name: fc.constantFrom('张三', '李四', '电热水壶', '长沙敌意输入测试有限公司', '张三丰'),
  regionCode: fc.constantFrom('430102', '999999', '4301'),
  industryCode: fc.constantFrom('C38', 'c3851', 'Z99'),
  status: fc.constantFrom('存续', '吊销', '注销', '迁出', '歇业'),
  outcome: fc.constantFrom('合格', '不合格', '拒检'),
  severity: fc.constantFrom('轻微', '一般', '严重'),
};

function cellFor(key: string): fc.Arbitrary<string> {
  const plausible = PLAUSIBLE[key] ?? PLAUSIBLE[key.replace(/^details\./, '')];
  return plausible ? fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 1, arbitrary: nasty }) : nasty;
}

/** Rows of cells for a kind's template; a few cells in XLSX cases are written as numbers. */
function sheetFor(kind: ImportKindName) {
  const keys = kindEntry(kind).kind.columns.map((c) => c.key);
  const row = fc.tuple(...keys.map(cellFor));
  return fc.record({
    rows: fc.array(row, { minLength: 1, maxLength: 6 }),
    xlsx: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    numeric: fc.double({ noNaN: true }),
  });
}

async function xlsxOf(header: string[], rows: string[][], numeric: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Sheet1');
  sheet.addRow(header);
  // The first cell that looks like a number is stored as one, as Excel does with typed codes.
  for (const r of rows) sheet.addRow(r.map((c, i) => (i === 0 && /^\d{6,}$/.test(c) ? Number(c) : i === r.length - 1 ? numeric : c)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Random cells for every column of every kind, in the kind's own template: every case is
 * answered with a preview (the header is always right), every invalid row carries stable codes,
 * and nothing is written.
 */
describe('imports:preview survives hostile rows of every kind', () => {
  const kinds = ImportKindSchema.options;
  const SUBJECTS = new Set<ImportKindName>(['enterprises', 'persons', 'products']);
  it.each(kinds)('%s', async (kind) => {
    const header = kindEntry(kind).kind.columns.map((c) => c.header);
    await fc.assert(fc.asyncProperty(sheetFor(kind), async ({ rows, xlsx, numeric }) => {
      const bytes = xlsx ? await xlsxOf(header, rows, numeric) : writeCsv([header, ...rows]);
      const r = await previewQuietly(b, officer, kind, xlsx ? 'rows.xlsx' : 'rows.csv', bytes);
      tally.add(kind);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (r.ok) validRows += r.rows - r.invalidRows.length;
    }), { numRuns: SUBJECTS.has(kind) ? RUNS : Math.max(25, Math.ceil(RUNS / 4)) });
  }, 1_800_000);
});
