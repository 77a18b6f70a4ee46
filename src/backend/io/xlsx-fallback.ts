import type { Grid, GridCell } from '../../core/import-parse/grid';
import { readWorkbookGrids } from './layout/workbook-grids';
import type { Cell, SheetRow } from './table';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A SheetJS grid cell as exceljs's reading gives it (see `toCell` in xlsx-read). */
function toCell(cell: GridCell): Cell {
  if (cell === null) return { text: '', numeric: false };
  if (typeof cell === 'string') return { text: cell, numeric: false };
  if (cell instanceof Date) return { text: `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`, numeric: false };
  const value = typeof cell === 'number' ? cell : cell.value;
  return { text: Number.isSafeInteger(value) ? BigInt(value).toString() : String(value), numeric: true };
}

/** The first sheet with data, as `readXlsx` takes it: non-empty rows with their sheet row numbers. */
function rowsOf(grid: Grid): SheetRow[] {
  const rows: SheetRow[] = [];
  grid.rows.forEach((cells, i) => {
    if (cells.length > 0) rows.push({ line: i + 1, cells: cells.map(toCell) });
  });
  return rows;
}

/**
 * Reads, with SheetJS, an XLSX that exceljs refuses although it is valid: workbooks written with
 * namespace prefixes (`<x:workbook>`, as the .NET Open XML SDK that many agency systems use
 * writes them) make exceljs throw "Cannot set properties of undefined". Null when SheetJS cannot
 * read it either: the file is then damaged, and exceljs's refusal stands.
 */
export function readXlsxWithSheetJs(bytes: Buffer): SheetRow[] | null {
  const grids = readWorkbookGrids(bytes);
  if (!grids.ok) return null;
  const sheet = grids.value.find((g) => g.rows.length > 0);
  return sheet ? rowsOf(sheet) : [];
}
