import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheet } from '../../../src/backend/io/sheet-file';
import { enterpriseKind } from '../../../src/backend/io/kinds/enterprises';
import type { EnterpriseFields } from '../../../src/core/enterprises/enterprise';
import { testBackend, type TestBackend } from '../../helpers/workspace';
import { uscc } from './import-fixtures';

/**
 * Issue 7: valid XLSX files were refused with E_IMPORT_FORMAT now and then. The cause: exceljs
 * cannot read SpreadsheetML written with a namespace prefix (`<x:worksheet>`, `<x:c>`), which is
 * how the .NET Open XML SDK behind many agency systems writes it. Such files are valid (Excel and
 * LibreOffice open them) and are now read with SheetJS when exceljs gives up.
 */
const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The same workbook with every SpreadsheetML element written as `x:name`, as the Open XML SDK does. */
async function withPrefix(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(p))) {
    const xml = (await zip.file(path)?.async('string')) ?? '';
    const prefixed = xml
      .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, (whole, slash: string, tag: string) => (tag === 'xml' ? whole : `<${slash}x:${tag}`))
      .replace(`xmlns="${SPREADSHEET_NS}"`, `xmlns:x="${SPREADSHEET_NS}"`);
    zip.file(path, prefixed);
  }
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

const firm = (n: number, name: string): EnterpriseFields => ({
  uscc: uscc(n), usccCheckAcknowledged: false, name, regionCode: '430102', industryCode: 'C38', legalRepresentative: '李四', address: '岳麓区麓山路 1 号', status: 'active',
});

let b: TestBackend;
beforeAll(async () => { b = await testBackend(); });
afterAll(() => { b.cleanup(); });

describe('an XLSX with namespace-prefixed elements', () => {
  it('is refused by exceljs itself (the cause), and previewed with every row by the import', async () => {
    const firms = [firm(1, '长沙市前缀测试有限公司'), firm(2, '湖南某某食品厂')];
    const bytes = await withPrefix((await writeSheet(enterpriseKind, 'xlsx', firms)).bytes);
    expect(await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')).toContain('<x:sheetData');
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as never)).rejects.toThrow();

    const officer = await b.login('officer');
    const r = await b.router.call({ requestId: 't', channel: 'imports:preview', input: { kind: 'enterprises', fileName: '名录.xlsx', contentBase64: bytes.toString('base64') }, session: officer });
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    const v = r.value as { rows: number; invalidRows: number[]; items: { row: number; values: Record<string, string> }[] };
    expect(v.rows).toBe(2);
    expect(v.invalidRows).toEqual([]);
    expect(v.items.map((i) => [i.row, i.values.uscc, i.values.name, i.values.address])).toEqual([
      [2, uscc(1), '长沙市前缀测试有限公司', '岳麓区麓山路 1 号'],
      [3, uscc(2), '湖南某某食品厂', '岳麓区麓山路 1 号'],
    ]);
  });

  it('still refuses a damaged XLSX with E_IMPORT_FORMAT', async () => {
    const good = (await writeSheet(enterpriseKind, 'xlsx', [firm(1, '某公司')])).bytes;
    const zip = await JSZip.loadAsync(good);
    zip.file('xl/workbook.xml', '<x:workbook');
    const bytes = Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
    const officer = await b.login('officer');
    const r = await b.router.call({ requestId: 't', channel: 'imports:preview', input: { kind: 'enterprises', fileName: 'x.xlsx', contentBase64: bytes.toString('base64') }, session: officer });
    expect(r.ok ? 'preview' : r.error.code).toBe('E_IMPORT_FORMAT');
  });
});
