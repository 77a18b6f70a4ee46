import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '../../src/core/identifiers/uscc';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { csvText, HEADER, preview, row } from './io/import-fixtures';

/** A well-formed code whose check character is wrong on purpose (an early pilot code). */
function pilotCode(): string {
  const first17 = '91430102MA4L00000';
  return `${first17}${usccCheckChar(first17) === '1' ? '2' : '1'}`;
}

const TRICKY = csvText([
  HEADER,
  row(1, { name: '=HYPERLINK("http://x","点我")' }),
  row(2, { name: '+86 电话公司', address: '-负一楼' }),
  row(3, { name: '@某公司', address: '长沙市,"芙蓉区"\n二楼' }),
  [...row(4, { uscc: pilotCode() }).slice(0, 7), '是'],
  row(5, { name: '普通企业（长沙）有限公司' }),
]);

let backends: TestBackend[] = [];
async function importInto(fileName: string, bytes: Buffer): Promise<{ b: TestBackend; session: string }> {
  const b = await testBackend();
  backends.push(b);
  const session = await b.login('officer');
  const r = await preview(b, session, fileName, bytes);
  if (!r.ok) throw new Error(r.error.message);
  const p = r.value as { previewId: string; invalid: number };
  expect(p.invalid).toBe(0);
  await b.value('imports:commit', { previewId: p.previewId }, session);
  return { b, session };
}

async function exported(b: TestBackend, session: string, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const r = (await b.value('exports:create', { kind: 'enterprises', format }, session)) as { contentBase64: string };
  return Buffer.from(r.contentBase64, 'base64');
}

beforeAll(() => { backends = []; });
afterAll(() => { for (const b of backends) b.cleanup(); });

describe('export → import round trip', () => {
  it('a CSV export imports again unchanged, and formulas are neutralised', async () => {
    const first = await importInto('in.csv', Buffer.from(TRICKY));
    const csv = await exported(first.b, first.session, 'csv');
    const text = csv.toString('utf8');
    expect(text.startsWith('\uFEFF统一社会信用代码,企业名称,行政区划代码,行业代码,法定代表人,住所,登记状态,确认保留校验位不符的代码\r\n')).toBe(true);
    // Names are normalised as in the form (half-width brackets become full-width), then neutralised.
    expect(text).toContain(`"'=HYPERLINK（""http://x"",""点我""）"`);
    expect(text).toContain("'+86 电话公司,430102,C14,张三,'-负一楼");
    expect(text).toContain(`${pilotCode()},`);

    const second = await importInto('export.csv', csv);
    expect((await exported(second.b, second.session, 'csv')).equals(csv)).toBe(true);
  });

  it('an XLSX export writes codes as text and formulas as plain strings, and imports again unchanged', async () => {
    const first = await importInto('in.csv', Buffer.from(TRICKY));
    const csv = await exported(first.b, first.session, 'csv');
    const xlsx = await exported(first.b, first.session, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const sheet = wb.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.getCell('A2').numFmt).toBe('@');
    expect(sheet?.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('B2').value).toBe('=HYPERLINK（"http://x","点我"）');

    const second = await importInto('export.xlsx', xlsx);
    expect((await exported(second.b, second.session, 'csv')).equals(csv)).toBe(true);
  });

  it('leaves out soft-deleted rows: after an undo the export is empty', async () => {
    const { b, session } = await importInto('in.csv', Buffer.from(TRICKY));
    const [batch] = (await b.value('imports:list', {}, session)) as { id: number }[];
    await b.value('imports:undo', { batchId: batch?.id ?? 0 }, session);
    expect((await exported(b, session, 'csv')).toString('utf8').trim().split('\r\n')).toHaveLength(1);
  });
});
