/**
 * A sheet as the import reads it, whatever the file format: rows of cells, each keeping the
 * text a person typed and whether the spreadsheet stored it as a number (which destroys codes).
 */
export type Cell = { text: string; numeric: boolean };

export type SheetRow = {
  /** The row number the spreadsheet shows (1-based; for CSV, the record number). */
  line: number;
  cells: Cell[];
};

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function textCell(text: string): Cell {
  return { text, numeric: false };
}

export function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((c) => c.text.trim() === '');
}

/** XLSX files are ZIP archives, so they start with "PK\x03\x04"; everything else is read as CSV. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
