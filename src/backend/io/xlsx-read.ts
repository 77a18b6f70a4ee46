import ExcelJS from 'exceljs';
import { fail } from '../failure';
import type { Cell, SheetRow } from './table';
import { readXlsxWithSheetJs } from './xlsx-fallback';

type XlsxInput = Parameters<ExcelJS.Xlsx['load']>[0];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The text a person sees, and whether Excel stored a number (which has already damaged any long code). */
function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (typeof value === 'number') return { text: Number.isInteger(value) ? BigInt(value).toString() : String(value), numeric: true };
  if (typeof value === 'string') return { text: value, numeric: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', numeric: false };
  if (value instanceof Date) {
    return { text: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`, numeric: false };
  }
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), numeric: false };
  if ('hyperlink' in value) return { text: String(value.text), numeric: false };
  if ('error' in value) return { text: String(value.error), numeric: false };
  // A formula: what matters is the value it last showed.
  return toCell(value.result ?? null);
}

/**
 * Reads the first worksheet that has data. XLSX is a ZIP of XML, so unlike CSV it is loaded whole,
 * and only up to 50 MB (MAX_IMPORT_BYTES), whether uploaded or named on the command line. exceljs's
 * streaming WorkbookReader was tried: it hangs for ever on some damaged ZIPs (and then every call
 * queued behind the import waits), and fails on valid files whose parts come in another order.
 */
export async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as XlsxInput);
  } catch (e) {
    // Valid files exceljs cannot parse (see readXlsxWithSheetJs) are read by SheetJS instead.
    const rows = readXlsxWithSheetJs(bytes);
    if (rows) return rows;
    fail('E_IMPORT_FORMAT', `无法读取 XLSX 文件：${e instanceof Error ? e.message : String(e)}`);
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(toCell(row.getCell(i).value));
    rows.push({ line, cells });
  });
  return rows;
}
