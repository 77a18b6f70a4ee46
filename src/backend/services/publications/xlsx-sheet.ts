import { zip, zipSync } from 'fflate';
import { ooxmlString } from '../../io/ooxml-text';

export type SheetColumn = { header: string; width: number; text: boolean };

/**
 * Text whose white space a reader could drop or fold without xml:space="preserve": at either end,
 * doubled, or not a plain space. Marked only then — a 100,000-row sheet is a fifth smaller.
 */
const SPACE_TO_KEEP = /^\s|\s$|\s\s|[^\S ]/;

/** Spreadsheet software runs a cell starting with one of these as a formula once it is edited. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** OOXML text: what XML 1.0 cannot carry as `_xHHHH_` (see `ooxmlString`), then XML's escapes. */
function xmlText(s: string): string {
  return ooxmlString(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function columnName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Styles: 0 default; 1 text (`@`); 2 text with quotePrefix — Excel's own mark for "this is text,
 * not a formula", kept when the cell is edited; 3 the bold header.
 */
const STYLES = `${XML}<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>`
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function sheetXml(columns: readonly SheetColumn[], rows: readonly (readonly string[])[]): string {
  const parts: string[] = [`${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>`];
  columns.forEach((c, i) => parts.push(`<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.text ? ' style="1"' : ''}/>`));
  parts.push('</cols><sheetData>');
  const names = columns.map((_, i) => columnName(i));
  const row = (cells: readonly string[], r: number, header: boolean) => {
    let x = `<row r="${r}">`;
    cells.forEach((v, i) => {
      if (v === '') return;
      const style = header ? 3 : FORMULA_START.test(v) ? 2 : columns[i]?.text ? 1 : 0;
      const preserve = SPACE_TO_KEEP.test(v) ? ' xml:space="preserve"' : '';
      x += `<c r="${names[i] ?? columnName(i)}${r}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t${preserve}>${xmlText(v)}</t></is></c>`;
    });
    return `${x}</row>`;
  };
  parts.push(row(columns.map((c) => c.header), 1, true));
  rows.forEach((cells, i) => parts.push(row(cells, i + 2, false)));
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/**
 * A one-sheet XLSX, written directly: every cell an inline string (never a formula), code columns
 * typed as text, formula-like cells marked quotePrefix. Written by hand rather than with exceljs
 * because the bytes must be the same on every run (no creation time, fixed ZIP stamps) and a
 * 100,000-row sheet must take a second, not a minute. Its large sheet part is deflated on a worker
 * thread (fflate's asynchronous zip: the same code, the same bytes as its synchronous one).
 *
 * @example await xlsxSheet('名单', [{ header: '名称', width: 20, text: false }], [['=1+1']]) // Uint8Array (ZIP)
 */
export function xlsxSheet(sheetName: string, columns: readonly SheetColumn[], rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const file = (path: string, text: string): [string, Uint8Array] => [path, Buffer.from(text, 'utf8')];
  // A fixed time stamp and fflate's pinned deflate: the same sheet gives the same bytes everywhere.
  // Level 1: the package compresses the workbook no further, and a 100,000-row sheet must be quick.
  const parts = Object.fromEntries([
    file('[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`),
    file('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    file('xl/workbook.xml', `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(sheetName).replace(/"/g, '&quot;')}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    file('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    file('xl/styles.xml', STYLES),
    file('xl/worksheets/sheet1.xml', sheetXml(columns, rows)),
  ]);
  const options = { level: 1, mtime: new Date(1980, 0, 1) } as const;
  // Where a worker thread cannot start or fails, the same zip is made on this thread.
  return new Promise((resolve, reject) => {
    const here = (): void => {
      try {
        resolve(zipSync(parts, options));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    try {
      zip(parts, options, (err, data) => (err ? here() : resolve(data)));
    } catch {
      here();
    }
  });
}
