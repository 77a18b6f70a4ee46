import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSheet } from '../../../src/backend/io/sheet-file';
import { enterpriseKind } from '../../../src/backend/io/kinds/enterprises';
import { xlsxSheet } from '../../../src/backend/services/publications/xlsx-sheet';
import type { EnterpriseFields } from '../../../src/core/enterprises/enterprise';
import { testBackend, type TestBackend } from '../../helpers/workspace';
import { uscc } from './import-fixtures';

/**
 * Issue 7: a control character in an enterprise name (pasted from a PDF or a legacy system) was
 * dropped from the XLSX export by exceljs, and U+FFFE was written raw: LibreOffice then opened an
 * empty sheet and exceljs refused the file. Now every such character is written as `_xHHHH_`.
 */
const NAMES = ['控制\u0001字符\u000B有限公司', '非字符\uFFFE商行', '字面_x0041_转义公司', '空\u0000字节厂'];

const firm = (n: number, name: string): EnterpriseFields => ({
  uscc: uscc(n), usccCheckAcknowledged: false, name, regionCode: '430102', industryCode: 'C38', legalRepresentative: '张三', address: name, status: 'active',
});

/** The sheet as LibreOffice reads it (headless, as a spreadsheet program would), saved as UTF-8 CSV. */
function libreOfficeCsv(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  return readFileSync(join(dir, `${name}.csv`), 'utf8');
}

/** What a person sees of a name: the characters no spreadsheet can show are gone, nothing else. */
const visible = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''); // eslint-disable-line no-control-regex

let b: TestBackend;
let dir: string;
beforeAll(async () => {
  b = await testBackend();
  dir = mkdtempSync(join(tmpdir(), 'qcd-xlsx-ctl-'));
});
afterAll(() => {
  b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('XLSX writers escape what XML cannot carry', () => {
  it('an enterprise export reads back exactly through our import, and opens in LibreOffice', async () => {
    const { bytes } = await writeSheet(enterpriseKind, 'xlsx', NAMES.map((n, i) => firm(i + 1, n)));
    const officer = await b.login('officer');
    const r = await b.router.call({ requestId: 't', channel: 'imports:preview', input: { kind: 'enterprises', fileName: 'x.xlsx', contentBase64: bytes.toString('base64') }, session: officer });
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    const items = (r.value as { items: { values: Record<string, string> }[] }).items;
    expect(items.map((i) => i.values.name)).toEqual(NAMES);

    const csv = libreOfficeCsv(dir, 'enterprises', bytes);
    for (const n of NAMES) expect(visible(csv), JSON.stringify(n)).toContain(visible(n));
  }, 180_000);

  it('a publication sheet reads back exactly with SheetJS, and opens in LibreOffice', async () => {
    const bytes = await xlsxSheet('名单', [{ header: '企业名称', width: 30, text: false }], NAMES.map((n) => [n]));
    const book = XLSX.read(bytes, { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    const read = sheet ? XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 }).slice(1).map((r) => r[0]) : [];
    expect(read).toEqual(NAMES);
    const csv = libreOfficeCsv(dir, 'publication', bytes);
    for (const n of NAMES) expect(visible(csv), JSON.stringify(n)).toContain(visible(n));
  }, 180_000);

  it('a publication sheet keeps white space where it matters, and only marks those cells', async () => {
    const texts = [' 前导空格有限公司', '末尾空格有限公司 ', '两个  空格', '全角\u3000空格', '普通 名称有限公司'];
    const bytes = await xlsxSheet('名单', [{ header: '企业名称', width: 30, text: false }], texts.map((n) => [n]));
    const sheet = XLSX.read(bytes, { type: 'buffer' }).Sheets['名单'];
    expect(sheet ? XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 }).slice(1).map((r) => r[0]) : []).toEqual(texts);
    const xml = Buffer.from(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array()).toString('utf8');
    expect(xml.match(/xml:space="preserve"/g)).toHaveLength(4);
    const csv = libreOfficeCsv(dir, 'spaces', bytes);
    for (const n of texts) expect(csv.split(/\r?\n/), JSON.stringify(n)).toContain(n);
  }, 180_000);
});
