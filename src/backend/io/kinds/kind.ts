import type { CodeTables } from '../../codes';
import type { ErrorCode } from '../../../core/shared/errors';
import type { Cell } from '../table';

/** One column of a template: its header, the other headers people use for it, and how to write it. */
export type ColumnDef = {
  key: string;
  header: string;
  synonyms: readonly string[];
  required: boolean;
  /** Codes are written as text and never accepted as spreadsheet numbers. */
  code: boolean;
  width: number;
};

export type FieldIssue = { field: string; code: ErrorCode; message: string };

export type RowCheck<T> = { ok: true; value: T; key: string } | { ok: false; issues: FieldIssue[] };

/**
 * What one kind of record (enterprises now; penalties, licences later) tells the importer and
 * exporter. Everything format-related stays in the reader and writer; everything database-related
 * in the kind's store.
 */
export type ImportKind<T> = {
  kind: string;
  sheetName: string;
  columns: readonly ColumnDef[];
  /** The column whose value identifies a record (duplicates are judged by it alone). */
  keyField: string;
  /** Applies the same rules as the app; `key` is the identity duplicates are judged by. */
  check(values: Readonly<Record<string, Cell>>, codes: CodeTables): RowCheck<T>;
  /** The template's cells for a stored record, in column order: what `check` reads back unchanged. */
  toCells(record: T): string[];
};
