import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/workspace';
import { encodeGbk } from './io/gb18030';
import { count, csvText, HEADER, preview, row, uscc } from './io/import-fixtures';

type Item = { row: number; valid: boolean; values: Record<string, string>; errors: { column: string; code: string; original: string }[] };
type PreviewOut = { previewId: string; rows: number; valid: number; invalid: number; items: Item[]; invalidRows: number[] };

let b: TestBackend;
let officer: string;
beforeAll(async () => {
  b = await testBackend();
  officer = await b.login('officer');
});
afterAll(() => b.cleanup());

async function previewOk(name: string, bytes: Buffer): Promise<PreviewOut> {
  const r = await preview(b, officer, name, bytes);
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value as PreviewOut;
}

async function xlsxOf(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('空表');
  const sheet = wb.addWorksheet('名单');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('imports: reading real files', () => {
  it('reads UTF-8 with BOM, without BOM and GB18030 alike, Chinese intact', async () => {
    const text = csvText([HEADER, row(1, { name: '湖南湘绣（长沙）有限公司', address: '长沙市岳麓区，“麓谷”' }), row(2)]);
    const withBom = await previewOk('a.csv', Buffer.from(`\uFEFF${text}`));
    const noBom = await previewOk('b.csv', Buffer.from(text));
    const gbk = await previewOk('c.csv', encodeGbk(text));
    for (const p of [withBom, noBom, gbk]) {
      expect(p).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
      expect(p.items[0]?.values).toMatchObject({ name: '湖南湘绣（长沙）有限公司', address: '长沙市岳麓区，“麓谷”' });
    }
  });

  it('reads XLSX written by exceljs: title row, header synonyms, damaged numeric codes', async () => {
    const bytes = await xlsxOf([
      ['某某市场监督管理局企业名单'],
      ['信用代码', '单位名称', '区划代码', '行业代码', '法人'],
      [uscc(1), '甲公司', 430102, 'C14', '李四'],
      [914301020000000000, '乙公司', '430102', 'C14', ''],
    ]);
    const p = await previewOk('名单.xlsx', bytes);
    expect(p).toMatchObject({ rows: 2, valid: 1, invalid: 1, invalidRows: [4] });
    expect(p.items[0]?.values).toMatchObject({ uscc: uscc(1), regionCode: '430102', legalRepresentative: '李四' });
    expect(p.items[1]?.errors[0]).toMatchObject({ column: '信用代码', code: 'E_IMPORT_DAMAGED_CODE', original: '914301020000000000' });
  });

  it('reports codes Excel turned into numbers in a CSV, never imports them', async () => {
    const p = await previewOk('d.csv', Buffer.from(csvText([HEADER, row(1, { uscc: '9.14301E+17' }), row(2, { uscc: '914301020000012000' })])));
    expect(p.items.map((i) => i.errors[0]?.code)).toEqual(['E_IMPORT_DAMAGED_CODE', 'E_IMPORT_DAMAGED_CODE']);
  });

  it('matches headers by synonym, width and spacing, or by an explicit mapping', async () => {
    const text = csvText([['ＵＳＣＣ', ' 企业 名称 ', '行政区划代码', '行业代码', '简称'], [uscc(1), '丙公司', '430102', 'C14', '丙']]);
    expect(await previewOk('e.csv', Buffer.from(text))).toMatchObject({ valid: 1 });
    const r = await b.call('imports:preview', { kind: 'enterprises', fileName: 'e.csv', contentBase64: Buffer.from(text).toString('base64'), mapping: { name: '简称' } }, officer);
    expect(r).toMatchObject({ ok: true, value: { items: [{ values: { name: '丙' } }] } });
    const missing = Buffer.from(csvText([['统一社会信用代码', '企业名称'], [uscc(1), '丁公司']]));
    expect(await preview(b, officer, 'f.csv', missing)).toMatchObject({ ok: false, error: { code: 'E_IMPORT_HEADER', details: { missing: ['行政区划代码', '行业代码'] } } });
  });

  it('answers hostile bytes with stable codes and writes nothing', async () => {
    const noise = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 2654435761) % 251));
    const cases: [string, Buffer | string, string][] = [
      ['noise.csv', noise, 'E_IMPORT_HEADER'],
      ['zip.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), noise]), 'E_IMPORT_FORMAT'],
      ['fake.xlsx', Buffer.from('not a zip'), 'E_IMPORT_FORMAT'],
      ['empty.csv', Buffer.alloc(0), 'E_IMPORT_FORMAT'],
      ['bad.csv', '!!!not base64!!!', 'E_IMPORT_FORMAT'],
      ['huge.csv', 'A'.repeat(71 * 1024 * 1024), 'E_IMPORT_TOO_LARGE'],
    ];
    for (const [name, content, code] of cases) {
      const contentBase64 = typeof content === 'string' ? content : content.toString('base64');
      const r = await b.call('imports:preview', { kind: 'enterprises', fileName: name, contentBase64 }, officer);
      expect(r, name).toMatchObject({ ok: false, error: { code } });
    }
    expect(count(b, '1')).toBe(0);
  });
});
