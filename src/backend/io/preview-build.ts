import type { ErrorCode } from '../../core/shared/errors';
import type { CodeTables } from '../codes';
import { restoreNeutralised } from './cell-text';
import { findHeader, type ColumnMatch } from './header-match';
import type { ImportKind } from './kinds/kind';
import { isBlankRow, textCell, type Cell, type SheetRow } from './table';

export type ImportIssue = { row: number; column: string; code: ErrorCode; message: string; original: string };
export type PreviewItem = { row: number; valid: boolean; values: Record<string, string>; errors: ImportIssue[] };

/** A checked file: valid records ready to insert, and every invalid row with its reasons. */
export type CheckedImport<T> = {
  columns: ColumnMatch[];
  total: number;
  valid: { row: number; record: T }[];
  invalid: { row: number; errors: ImportIssue[] }[];
  /** The first rows as the file has them, for the person to look at before committing. */
  items: PreviewItem[];
};

export const PREVIEW_ITEMS = 200;

export type CheckOptions<T> = {
  kind: ImportKind<T>;
  codes: CodeTables;
  mapping: Readonly<Record<string, string>>;
  /** Why a key cannot be imported because of what is already stored, or null. */
  existing(key: string): { code: ErrorCode; message: string } | null;
};

/**
 * Checks every row of a sheet, one at a time: the kind's rules, then duplicates within the file,
 * then duplicates against the database. Rows are consumed from the iterator, so a CSV is never
 * held as rows in memory — only the checked records are.
 */
export function checkRows<T>(rows: Iterable<SheetRow>, options: CheckOptions<T>): CheckedImport<T> {
  const { kind, codes } = options;
  const iterator = rows[Symbol.iterator]();
  const { matches } = findHeader(iterator, kind.columns, options.mapping);
  const out: CheckedImport<T> = { columns: matches, total: 0, valid: [], invalid: [], items: [] };
  const firstRowOf = new Map<string, number>();
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    const row = next.value;
    if (isBlankRow(row)) continue;
    out.total++;
    const values: Record<string, Cell> = {};
    for (const m of matches) {
      const cell = m.index === null ? undefined : row.cells[m.index];
      values[m.key] = cell ? { text: restoreNeutralised(cell.text), numeric: cell.numeric } : textCell('');
    }
    const issue = (field: string, code: ErrorCode, message: string): ImportIssue => {
      const m = matches.find((x) => x.key === field);
      return { row: row.line, column: m?.source ?? m?.header ?? field, code, message, original: values[field]?.text ?? '' };
    };
    const checked = kind.check(values, codes);
    const errors = checked.ok ? [] : checked.issues.map((i) => issue(i.field, i.code, i.message));
    if (checked.ok) {
      const first = firstRowOf.get(checked.key);
      const stored = first === undefined ? options.existing(checked.key) : null;
      if (first !== undefined) errors.push(issue(kind.keyField, 'E_IMPORT_DUPLICATE_IN_FILE', `与第 ${first} 行的代码重复`));
      else if (stored) errors.push(issue(kind.keyField, stored.code, stored.message));
      else firstRowOf.set(checked.key, row.line);
    }
    if (checked.ok && errors.length === 0) out.valid.push({ row: row.line, record: checked.value });
    else out.invalid.push({ row: row.line, errors });
    if (out.items.length < PREVIEW_ITEMS) {
      const shown = Object.fromEntries(Object.entries(values).map(([k, c]) => [k, c.text]));
      out.items.push({ row: row.line, valid: errors.length === 0, values: shown, errors });
    }
  }
  return out;
}
