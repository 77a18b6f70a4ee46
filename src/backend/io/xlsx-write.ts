import ExcelJS from 'exceljs';
import { protectApostrophes } from './cell-text';
import { ooxmlString } from './ooxml-text';

export type XlsxColumn = { header: string; width: number; text: boolean };

/**
 * Writes one sheet: a bold, frozen header row; code columns formatted as text ("@") so that
 * Excel never turns an 18-character code into 9.14E+17. Values are written as strings, which
 * exceljs stores as text, never as formulas — that is the XLSX side of formula neutralisation
 * (an apostrophe is added only where reading would otherwise drop the person's own). Text goes
 * through `ooxmlString`: exceljs drops control characters silently and writes U+FFFE raw, which
 * no reader opens.
 */
export async function writeXlsx(sheetName: string, columns: readonly XlsxColumn[], rows: Iterable<readonly string[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: ooxmlString(c.header), width: c.width, ...(c.text ? { style: { numFmt: '@' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => ooxmlString(protectApostrophes(v))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
