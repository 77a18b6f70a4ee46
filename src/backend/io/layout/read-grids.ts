import type { Grid } from '../../../core/import-parse/grid';
import { messageFor } from '../../../core/shared/errors';
import { err, type Result } from '../../../core/shared/result';
import { isZip, MAX_IMPORT_BYTES } from '../table';
import { readCsvGrid } from './csv-grid';
import { readWorkbookGrids } from './workbook-grids';

/** Excel 97-2003 files are OLE compound documents. */
function isOle(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && magic.every((b, i) => bytes[i] === b);
}

/** Many ".xls" downloads from government sites are HTML tables saved under that name. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/u, '').trimStart().toLowerCase();
  return head.startsWith('<html') || head.startsWith('<!doctype html') || head.startsWith('<table') || head.startsWith('<?xml');
}

/**
 * The sheets of a file as grids, told apart by content rather than name: .xlsx (ZIP), .xls
 * (OLE), HTML or SpreadsheetML saved as .xls, and otherwise CSV in UTF-8 or GB18030.
 * Files over 50 MB, and sheets over 1,100,000 rows, are refused with stable codes.
 *
 * @example readGrids(bytes, '2013年第4批.xls') // ok([grid, …])
 */
export function readGrids(bytes: Uint8Array, fileName: string): Result<Grid[]> {
  if (bytes.length > MAX_IMPORT_BYTES) return err({ code: 'E_IMPORT_TOO_LARGE', message: messageFor('E_IMPORT_TOO_LARGE') });
  if (bytes.length === 0) return err({ code: 'E_IMPORT_FORMAT', message: '文件为空' });
  if (isZip(bytes) || isOle(bytes) || looksLikeHtml(bytes)) return readWorkbookGrids(bytes);
  const base = fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  const grid = readCsvGrid(bytes, base === '' ? 'CSV' : base);
  return grid.ok ? { ok: true, value: [grid.value] } : grid;
}
