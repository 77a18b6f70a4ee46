import type { ErrorCode } from '../../core/shared/errors';
import type { CodeTables } from '../codes';
import { fail } from '../failure';
import { restoreNeutralised } from './cell-text';
import { findHeader, type ColumnMatch } from './header-match';
import type { ImportKind } from './kinds/kind';
import { KeyRows } from './stream/key-rows';
import { isBlankRow, textCell, type Cell, type SheetRow } from './table';

export type ImportIssue = { row: number; column: string; code: ErrorCode; message: string; original: string };
export type PreviewItem = { row: number; valid: boolean; values: Record<string, string>; errors: ImportIssue[] };

/**
 * What a preview keeps in memory of a checked file: counts and the invalid rows — never the
 * records, so a million-row file costs a preview a few megabytes at most. (The valid records of
 * enterprises are staged on disk, see `keep` and stream/preview-stage.)
 */
export type CheckSummary = {
  columns: ColumnMatch[];
  total: number;
  valid: number;
  /** Every invalid row's number, in file order. */
  invalidRows: number[];
  /** The reasons of the first PROBLEMS_KEPT invalid rows. */
  problems: { row: number; errors: ImportIssue[] }[];
  /** The first rows as the file has them, for the person to look at before committing. */
  items: PreviewItem[];
};

export const PREVIEW_ITEMS = 200;
export const PROBLEMS_KEPT = 1000;

export type CheckOptions<T> = {
  kind: ImportKind<T>;
  codes: CodeTables;
  mapping: Readonly<Record<string, string>>;
  /** Why a key cannot be imported because of what is already stored, or null. */
  existing(key: string): { code: ErrorCode; message: string } | null;
};

/** One row checked by the kind's rules and against the database (not yet against the rest of the file). */
export type RowVerdict<T> = { row: number; values: Record<string, Cell>; errors: ImportIssue[]; value?: T; key?: string };

/** Title rows may sit above the header: rows are buffered until this many are in hand to look for it. */
const HEADER_LOOKAHEAD = 64;

/**
 * Finds the header among the first rows and returns where each column is and the rows after it,
 * batch by batch, from the same pass over the file.
 */
async function splitHeader<T>(batches: AsyncIterable<SheetRow[]>, options: CheckOptions<T>): Promise<{ matches: ColumnMatch[]; rest: AsyncGenerator<SheetRow[]> }> {
  const source = batches[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  let done = false;
  while (!done && head.length < HEADER_LOOKAHEAD) {
    const next = await source.next();
    if (next.done) done = true;
    else head.push(...next.value);
  }
  const iterator = head[Symbol.iterator]();
  const { matches } = findHeader(iterator, options.kind.columns, options.mapping);
  const after = [...iterator];
  async function* rest(): AsyncGenerator<SheetRow[]> {
    if (after.length > 0) yield after;
    if (done) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  return { matches, rest: rest() };
}

function checker<T>(matches: ColumnMatch[], options: CheckOptions<T>): (row: SheetRow) => RowVerdict<T> {
  const { kind, codes } = options;
  const byKey = new Map(matches.map((m) => [m.key, m]));
  return (row) => {
    const values: Record<string, Cell> = {};
    for (const m of matches) {
      const cell = m.index === null ? undefined : row.cells[m.index];
      values[m.key] = cell ? { text: restoreNeutralised(cell.text), numeric: cell.numeric } : textCell('');
    }
    const issue = (field: string, code: ErrorCode, message: string): ImportIssue => {
      const m = byKey.get(field);
      return { row: row.line, column: m?.source ?? m?.header ?? field, code, message, original: values[field]?.text ?? '' };
    };
    const checked = kind.check(values, codes);
    if (!checked.ok) return { row: row.line, values, errors: checked.issues.map((i) => issue(i.field, i.code, i.message)) };
    const stored = options.existing(checked.key);
    const errors = stored ? [issue(kind.keyField, stored.code, stored.message)] : [];
    return { row: row.line, values, errors, value: checked.value, key: checked.key };
  };
}

/**
 * A copy of a string that shares no memory with the text it was cut from. A cell's text is a
 * slice of the CSV reader's decoded piece of file (V8 slices longer strings by reference), so
 * keeping one cell would keep that whole piece alive: what outlives the row is detached first.
 */
function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

function detachIssues(errors: readonly ImportIssue[]): ImportIssue[] {
  return errors.map((e) => ({ ...e, column: detach(e.column), message: detach(e.message), original: detach(e.original) }));
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The checks of a whole file, row after row: the kind's rules and the database (`checker`),
 * then duplicates within the file — a key seen in an earlier valid row refuses the later one.
 */
function fileChecker<T>(matches: ColumnMatch[], options: CheckOptions<T>): (row: SheetRow) => RowVerdict<T> {
  const check = checker(matches, options);
  const keyField = options.kind.keyField;
  const keyColumn = matches.find((m) => m.key === keyField);
  const firstRows = new KeyRows();
  return (row) => {
    const v = check(row);
    if (v.key === undefined || v.errors.length > 0) return v;
    const first = firstRows.firstRow(v.key, row.line);
    if (first !== undefined) {
      v.errors.push({
        row: row.line, column: keyColumn?.source ?? keyColumn?.header ?? keyField, code: 'E_IMPORT_DUPLICATE_IN_FILE',
        message: `与第 ${first} 行的代码重复`, original: v.values[keyField]?.text ?? '',
      });
    }
    return v;
  };
}

/**
 * Checks every row of a sheet, batch by batch: the kind's rules, duplicates within the file,
 * then duplicates against the database. Keeps counts, every invalid row's number and the first
 * reasons — not the records; `keep` gets each row that passed every check, as it is read (a
 * row's verdict is final then: of two rows with one key, the later is the invalid one). Stops
 * with E_CANCELLED when `signal` is aborted.
 */
export async function summariseRows<T>(
  batches: AsyncIterable<SheetRow[]>, options: CheckOptions<T>, signal?: AbortSignal, keep?: (row: number, value: T) => void,
): Promise<CheckSummary> {
  const { matches, rest } = await splitHeader(batches, options);
  const check = fileChecker(matches, options);
  const out: CheckSummary = { columns: matches, total: 0, valid: 0, invalidRows: [], problems: [], items: [] };
  for await (const batch of rest) {
    for (const row of batch) {
      if (isBlankRow(row)) continue;
      out.total++;
      const v = check(row);
      if (v.errors.length === 0) {
        out.valid++;
        if (keep && v.value !== undefined) keep(row.line, v.value);
      } else {
        out.invalidRows.push(row.line);
        if (out.problems.length < PROBLEMS_KEPT) out.problems.push({ row: row.line, errors: detachIssues(v.errors) });
      }
      if (out.items.length < PREVIEW_ITEMS) {
        const shown = Object.fromEntries(Object.entries(v.values).map(([k, c]) => [k, detach(c.text)]));
        out.items.push({ row: row.line, valid: v.errors.length === 0, values: shown, errors: detachIssues(v.errors) });
      }
    }
    await yieldToEventLoop();
    if (signal?.aborted) fail('E_CANCELLED');
  }
  return out;
}

/**
 * Why one row is invalid, found by checking the file again up to that row (a preview keeps the
 * reasons of the first rows only). Empty when the row is valid or not in the file.
 */
export async function rowErrors<T>(batches: AsyncIterable<SheetRow[]>, options: CheckOptions<T>, wanted: number): Promise<ImportIssue[]> {
  const { matches, rest } = await splitHeader(batches, options);
  const check = fileChecker(matches, options);
  for await (const batch of rest) {
    for (const row of batch) {
      if (row.line > wanted) return [];
      if (isBlankRow(row)) continue;
      const v = check(row);
      if (row.line === wanted) return v.errors;
    }
  }
  return [];
}

/**
 * Every non-blank row after the header, in batches: `rows` counts them, `verdicts` holds the
 * checks of those `skip` does not leave out. For the commit, which reads the file it previewed
 * again: duplicates within the file were found by the preview and must be among the skipped.
 */
export async function* checkedBatches<T>(
  batches: AsyncIterable<SheetRow[]>, options: CheckOptions<T>, skip: (row: number) => boolean,
): AsyncGenerator<{ rows: number; verdicts: RowVerdict<T>[] }> {
  const { matches, rest } = await splitHeader(batches, options);
  const check = checker(matches, options);
  for await (const batch of rest) {
    let rows = 0;
    const verdicts: RowVerdict<T>[] = [];
    for (const row of batch) {
      if (isBlankRow(row)) continue;
      rows++;
      if (!skip(row.line)) verdicts.push(check(row));
    }
    yield { rows, verdicts };
  }
}
