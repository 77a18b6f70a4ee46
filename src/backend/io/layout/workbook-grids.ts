import * as XLSX from '@e965/xlsx';
import { DATE1904_OFFSET, excelSerialToDate } from '../../../core/import-parse/excel-serial';
import { EMPTY_ROW, type Grid, type GridCell, type MergeRange } from '../../../core/import-parse/grid';
import { err, ok, type Result } from '../../../core/shared/result';
import { messageFor } from '../../../core/shared/errors';
import { zipDamage } from '../zip-sound';
import { MAX_GRID_ROWS, MAX_WORKBOOK_XML_BYTES } from './limits';

type SheetCell = XLSX.CellObject;

/**
 * A cell as the layout finder takes it. Numbers keep both their value and the text Excel
 * showed ("9.14E+17", "1.0"); date-formatted numbers become the calendar day they show.
 */
function toGridCell(cell: SheetCell | undefined, date1904: boolean): GridCell {
  if (!cell || cell.t === 'z') return null;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = typeof cell.z === 'string' ? cell.z : '';
    if (format !== '' && XLSX.SSF.is_date(format)) {
      const day = excelSerialToDate(cell.v + (date1904 ? DATE1904_OFFSET : 0));
      if (day) return day;
    }
    return { value: cell.v, text: cell.w ?? String(cell.v) };
  }
  if (cell.t === 'd' && cell.v instanceof Date) return cell.v;
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return cell.w ?? '';
  const text = typeof cell.v === 'string' ? cell.v : cell.w ?? '';
  return text.trim() === '' ? null : text;
}

function sheetGrid(name: string, hidden: boolean, sheet: XLSX.WorkSheet, date1904: boolean): Result<Grid> {
  // Dense mode: rows are arrays, and rows the file never wrote are holes, so a sheet claiming
  // 65,000 rows for 240 records costs what its cells cost.
  const data: (SheetCell[] | undefined)[] = (sheet as { '!data'?: (SheetCell[] | undefined)[] })['!data'] ?? [];
  if (data.length > MAX_GRID_ROWS) return err({ code: 'E_IMPORT_TOO_MANY_ROWS', message: messageFor('E_IMPORT_TOO_MANY_ROWS'), details: { sheet: name } });
  const rows: (readonly GridCell[])[] = [];
  let last = -1;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) { rows.push(EMPTY_ROW); continue; }
    const cells: GridCell[] = [];
    let lastCell = -1;
    for (let c = 0; c < source.length; c++) {
      const v = toGridCell(source[c], date1904);
      cells.push(v);
      if (v !== null) lastCell = c;
    }
    if (lastCell < 0) { rows.push(EMPTY_ROW); continue; }
    cells.length = lastCell + 1;
    rows.push(cells);
    last = r;
  }
  rows.length = last + 1;
  const merges: MergeRange[] = (sheet['!merges'] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } }));
  return ok({ name, hidden, rows, merges });
}

/**
 * Every sheet of an .xls (BIFF8), .xlsx or HTML-saved workbook, with its hidden flag and merges.
 *
 * @example readWorkbookGrids(bytes) // ok([{ name: 'Sheet1', hidden: true, rows: [] }, { name: 'Sheet2', … }])
 */
export function readWorkbookGrids(bytes: Uint8Array): Result<Grid[]> {
  let book: XLSX.WorkBook;
  const damage = bytes[0] === 0x50 && bytes[1] === 0x4b ? zipDamage(bytes, MAX_WORKBOOK_XML_BYTES) : null;
  if (damage !== null) return err({ code: 'E_IMPORT_FORMAT', message: `${messageFor('E_IMPORT_FORMAT')}：${damage}` });
  try {
    book = XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellDates: false, cellStyles: false, sheetStubs: false });
  } catch (e) {
    return err({ code: 'E_IMPORT_FORMAT', message: `${messageFor('E_IMPORT_FORMAT')}：${e instanceof Error ? e.message : String(e)}` });
  }
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const grids: Grid[] = [];
  for (const [i, name] of book.SheetNames.entries()) {
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    const hidden = (book.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    const grid = sheetGrid(name, hidden, sheet, date1904);
    if (!grid.ok) return grid;
    grids.push(grid.value);
  }
  return ok(grids);
}
