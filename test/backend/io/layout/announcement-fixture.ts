import * as XLSX from '@e965/xlsx';
import { encodeGbk } from '../gb18030';

/**
 * A spot-check result table with every trait of issue 8, written as .xls, .xlsx or GBK CSV,
 * and the values each data row must come out with.
 */

export type Expected = {
  rowNumber: number;
  firm: string;
  product: string;
  trademark: string;
  date: string;
  precision: string;
  batch: string;
  result: string;
  failedItems: string[];
  institution: string;
  usccProblem?: string;
  firmDamaged?: boolean;
};

type Value = string | number | { serial: number; format: string } | null;

/** Each date shape: the cell, then the expected date, precision and batch. */
export const DATE_SHAPES: [Value, string, string, string][] = [
  [{ serial: 41351, format: 'yyyy-mm-dd' }, '2013-03-18', 'day', ''],
  [41631, '2013-12-23', 'day', ''],
  ['2013-03-18', '2013-03-18', 'day', ''],
  ['2013-03', '2013-03', 'month', ''],
  ['2013/3/5', '2013-03-05', 'day', ''],
  ['2013.7.1', '2013-07-01', 'day', ''],
  ['12-1-15', '2012-01-15', 'day', ''],
  ['2011年12月28日', '2011-12-28', 'day', ''],
  ['2013年3月', '2013-03', 'month', ''],
  ['20130326', '2013-03-26', 'day', ''],
  ['201503', '2015-03', 'month', ''],
  ['2012-09-09/4908507354', '2012-09-09', 'day', '4908507354'],
  ['4908507354', '', '', '4908507354'],
  ['20130326A', '', '', '20130326A'],
  ['B2013-01', '', '', 'B2013-01'],
  ['/', '', '', ''],
  ['——', '', '', ''],
  ['──', '', '', ''],
  ['----', '', '', ''],
  ['-', '', '', ''],
  ['—', '', '', ''],
  ['无', '', '', ''],
  ['2013年3月5日 批号：A123', '2013-03-05', 'day', 'A123'],
  ['20131399', '', '', '20131399'],
  ['2012.10', '2012-10', 'month', ''],
  ['2014-05-06 00:00:00', '2014-05-06', 'day', ''],
];

const RESULTS: [string, string, string, string[]][] = [
  ['合格', 'pass', '/', []],
  ['不合格', 'fail', '甲醛含量、pH值；标签\n耐水色牢度', ['甲醛含量', 'pH值', '标签', '耐水色牢度']],
  ['符合', 'pass', '——', []],
  ['不符合标准要求', 'fail', '标志和说明（警示、说明书）,发热', ['标志和说明（警示、说明书）', '发热']],
  ['拒检', 'refused', '', []],
];

const INSTITUTIONS = ['国家电线电缆质量监督检验中心', '湖南省产品质量监督检验研究院', '国家日用小电器质量监督检验中心（广东）'];
const PLACES = ['湖南', '广东', '浙江', '上海'];
const VALID_USCC = '91350200776049653A';
const CODES: [Value, string | undefined][] = [
  [VALID_USCC, undefined],
  [{ serial: 914000000000000000, format: 'General' }, 'E_IMPORT_DAMAGED_CODE'],
  [{ serial: 915101070549352000, format: '0' }, 'E_IMPORT_CODE_ROUNDED'],
  ['91350200776O49653A', 'E_IMPORT_CODE_LETTER_O'],
  ['', undefined],
];

export const HEADER = ['序号\n1', '标称生产企业名称2', '所在地', '产品名称', '商标', '商标', '规格型号', '生产日期\n/批号', '抽查结果', '主要不合格项目', '承检机构', '统一社会信用代码'];
export const RECORDS = 240;
const TITLE_ROWS = 2;

export type Fixture = { rows: Value[][]; merges: XLSX.Range[]; expected: Expected[] };

/**
 * The table. Every fifth firm has a second product on a continuation row whose firm cells are
 * blank: merged down in workbooks, left blank (序号 too) in CSV.
 */
export function buildFixture(csv: boolean): Fixture {
  const width = HEADER.length;
  const rows: Value[][] = [['2013年第4批电线电缆等产品质量国家监督抽查结果'], ['（按行政区域排序）'], HEADER];
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } }, { s: { r: 1, c: 0 }, e: { r: 1, c: width - 1 } }];
  const expected: Expected[] = [];
  let serial = 0;
  for (let i = 0; expected.length < RECORDS; i++) {
    const continuation = i % 5 === 4 && expected.length > 0;
    const prev = expected.at(-1);
    if (!continuation) serial++;
    const [dateCell, date, precision, batch] = DATE_SHAPES[i % DATE_SHAPES.length] ?? [null, '', '', ''];
    const [resultText, result, failedText, failedItems] = RESULTS[i % RESULTS.length] ?? ['', '', '', []];
    const [code, usccProblem] = CODES[serial % CODES.length] ?? ['', undefined];
    const damaged = serial === 7;
    const firmName = damaged ? '\uFFFD\uFFFD食品有限公司' : `湘${String(serial).padStart(3, '0')}电器有限公司`;
    const firm = continuation && prev ? prev.firm : firmName;
    const trademark: Value = i % 7 === 0 ? 989 : `牌${i}`;
    const secondTrademark = i % 11 === 3;
    const product = `产品${i}`;
    const serialCell: Value = continuation && csv ? null : serial % 3 === 0 ? { serial, format: '0.0' } : serial;
    const named = i % 4 === 1 ? `标称：${firm}` : firm;
    const row: Value[] = [
      continuation ? (csv ? null : null) : serialCell,
      continuation ? null : named,
      continuation ? null : PLACES[serial % PLACES.length] ?? '',
      product,
      secondTrademark ? null : trademark,
      secondTrademark ? `副牌${i}` : null,
      i % 6 === 0 ? 1500 : `BV-${i}`,
      dateCell,
      resultText,
      failedText,
      INSTITUTIONS[i % INSTITUTIONS.length] ?? '',
      continuation ? null : code,
    ];
    if (continuation && !csv) {
      const r = rows.length;
      for (const c of [0, 1, 2, 11]) {
        const m = merges.find((x) => x.s.c === c && x.e.r === r - 1);
        if (m) m.e.r = r;
        else merges.push({ s: { r: r - 1, c }, e: { r, c } });
      }
    }
    rows.push(row);
    expected.push({
      rowNumber: rows.length,
      firm: firm.includes('\uFFFD') ? '' : firm,
      product,
      trademark: secondTrademark ? `副牌${i}` : String(trademark),
      date, precision, batch,
      result,
      failedItems,
      institution: INSTITUTIONS[i % INSTITUTIONS.length] ?? '',
      ...(usccProblem ? { usccProblem } : {}),
      ...(firm.includes('\uFFFD') ? { firmDamaged: true } : {}),
    });
  }
  rows.push([String(serial + 1)]); // a numbered row with nothing else: not data
  rows.push([]);
  rows.push(['注：按行政区域排序。']);
  merges.push({ s: { r: rows.length - 1, c: 0 }, e: { r: rows.length - 1, c: width - 1 } });
  rows.push(['说明：本次抽查依据 GB/T 5023-2008。']);
  void TITLE_ROWS;
  return { rows, merges, expected };
}

/** The table as .xls or .xlsx, behind a hidden empty first sheet, claiming 65,000 rows and 19 columns. */
export function writeWorkbook(fixture: Fixture, bookType: 'xls' | 'xlsx'): Buffer {
  const ws: XLSX.WorkSheet = {};
  fixture.rows.forEach((row, r) => row.forEach((v, c) => {
    if (v === null || v === undefined) return;
    const addr = XLSX.utils.encode_cell({ r, c });
    ws[addr] = typeof v === 'object' ? { t: 'n', v: v.serial, z: v.format } : typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
  }));
  ws['S65000'] = { t: 's', v: ' ' };
  ws['!ref'] = 'A1:S65000';
  ws['!merges'] = fixture.merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Sheet1');
  XLSX.utils.book_append_sheet(wb, ws, '抽查结果');
  wb.Workbook = { Sheets: [{ name: 'Sheet1', Hidden: 1 }, { name: '抽查结果', Hidden: 0 }] };
  return XLSX.write(wb, { type: 'buffer', bookType: bookType === 'xls' ? 'biff8' : 'xlsx' }) as Buffer;
}

function csvField(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'object') {
    if (v.format === 'yyyy-mm-dd') return '2013-03-18';
    if (v.format === 'General') return '9.14E+17';
    if (v.format === '0.0') return `${v.serial}.0`;
    return String(v.serial);
  }
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV in GBK without BOM; a replacement character becomes an invalid byte. */
export function writeGbkCsv(fixture: Fixture): Buffer {
  const text = fixture.rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  const parts = text.split('\uFFFD').map((p) => encodeGbk(p));
  const out: Buffer[] = [];
  parts.forEach((p, i) => { if (i > 0) out.push(Buffer.from([0xff])); out.push(p); });
  return Buffer.concat(out);
}
