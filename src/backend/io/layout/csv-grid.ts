import { readCsv } from '../csv-read';
import { EMPTY_ROW, type Grid, type GridCell } from '../../../core/import-parse/grid';
import { messageFor } from '../../../core/shared/errors';
import { err, ok, type Result } from '../../../core/shared/result';
import { MAX_GRID_ROWS } from './limits';

/**
 * A CSV file (UTF-8 with or without BOM, or GB18030/GBK: see csv-read) as one grid. CSV has
 * no merges and no number formats: every cell is text, and blank records share one empty row.
 *
 * @example readCsvGrid(bytes, '抽查结果') // ok({ name: '抽查结果', rows: [...], merges: [] })
 */
export function readCsvGrid(bytes: Uint8Array, name: string): Result<Grid> {
  const rows: (readonly GridCell[])[] = [];
  let last = -1;
  for (const row of readCsv(bytes)) {
    if (rows.length >= MAX_GRID_ROWS) return err({ code: 'E_IMPORT_TOO_MANY_ROWS', message: messageFor('E_IMPORT_TOO_MANY_ROWS'), details: { sheet: name } });
    const texts = row.cells.map((c) => c.text);
    let end = texts.length;
    while (end > 0 && (texts[end - 1] ?? '').trim() === '') end--;
    if (end === 0) { rows.push(EMPTY_ROW); continue; }
    rows.push(texts.slice(0, end).map((t) => (t.trim() === '' ? null : t)));
    last = rows.length - 1;
  }
  rows.length = last + 1;
  return ok({ name, hidden: false, rows, merges: [] });
}
