/**
 * A sheet as the layout finder sees it, whatever the file format. Rows are indexed from 0 for
 * the sheet's first row, so `rowIndex + 1` is the row number the spreadsheet shows.
 */

/**
 * A number as a spreadsheet stored it: the value and the text Excel showed for it (its number
 * format applied: "9.14E+17", "1.0"). Both are kept because codes need the value and people
 * recognise the text. Date-formatted numbers arrive as Dates instead.
 */
export type NumberCell = { value: number; text: string };

/**
 * A cell: text, a bare number (callers without formatting, tests), a stored number, a date
 * (a calendar day at UTC midnight), or nothing.
 */
export type GridCell = string | number | NumberCell | Date | null;

/** A merged range, inclusive, 0-based (SheetJS `!merges` shape). */
export type MergeRange = { s: { r: number; c: number }; e: { r: number; c: number } };

export type Grid = {
  name: string;
  hidden: boolean;
  /**
   * The rows up to the last one holding anything. Blank rows may share one empty array, so a
   * sheet that claims 65,000 rows for 240 records costs 240 rows of cells.
   */
  rows: ReadonlyArray<ReadonlyArray<GridCell>>;
  merges: readonly MergeRange[];
};

/** Shared by every blank row: never mutated. */
export const EMPTY_ROW: ReadonlyArray<GridCell> = Object.freeze([]);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A Date as the calendar day it names in UTC (the Node side builds dates at UTC midnight). */
export function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The text of a number as a person means it: integers without ".0" or exponent (序号 1.0 → "1",
 * trademark 989 → "989"), other numbers in their shortest exact form.
 *
 * @example numberText(1) // '1'
 * @example numberText(914000000000000000) // '914000000000000000'
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  return String(n);
}

/**
 * The text a cell stands for, trimmed. Stored numbers give their plain value (not "1.0");
 * Dates give the ISO day, which the date parser reads exactly.
 *
 * @example cellText({ value: 1, text: '1.0' }) // '1'
 */
export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return numberText(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDay(cell);
  return numberText(cell.value);
}

/**
 * What the cell showed in the spreadsheet, for error messages and the "original" column: the
 * formatted text of numbers ("9.14E+17"), the text of everything else.
 *
 * @example shownText({ value: 914000000000000000, text: '9.14E+17' }) // '9.14E+17'
 */
export function shownText(cell: GridCell | undefined): string {
  if (cell !== null && cell !== undefined && typeof cell === 'object' && !(cell instanceof Date)) {
    return cell.text.trim() === '' ? numberText(cell.value) : cell.text.trim();
  }
  return cellText(cell);
}

export function isBlankCell(cell: GridCell | undefined): boolean {
  return cellText(cell) === '';
}

export function isNumberCell(cell: GridCell | undefined): cell is NumberCell | number {
  return typeof cell === 'number' || (cell !== null && typeof cell === 'object' && !(cell instanceof Date));
}
