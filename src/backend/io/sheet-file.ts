import { writeCsv } from './csv-write';
import type { ImportKind } from './kinds/kind';
import { writeXlsx } from './xlsx-write';

export type SheetFormat = 'csv' | 'xlsx';

/** The format a file name asks for, or null. */
export function formatOf(fileName: string): SheetFormat | null {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xlsx') ? 'xlsx' : null;
}

/**
 * A file with exactly the kind's template columns: the template itself (no rows) and every
 * export, so that whatever we write imports again unchanged.
 */
export async function writeSheet<T>(kind: ImportKind<T>, format: SheetFormat, records: Iterable<T>): Promise<{ bytes: Buffer; rows: number }> {
  let rows = 0;
  function* cells(): Generator<string[]> {
    for (const r of records) {
      rows++;
      yield kind.toCells(r);
    }
  }
  const headers = kind.columns.map((c) => c.header);
  const bytes = format === 'csv'
    ? writeCsv([headers, ...cells()])
    : await writeXlsx(kind.sheetName, kind.columns.map((c) => ({ header: c.header, width: c.width, text: c.code })), cells());
  return { bytes, rows };
}
