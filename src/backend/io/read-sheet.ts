import { readFileSync } from 'node:fs';
import { fail } from '../failure';
import { readCsvChunks } from './csv-read';
import { formatOf } from './sheet-file';
import { sourceChunks, type ImportSource, type SourceScan } from './stream/source';
import { MAX_IMPORT_BYTES, type SheetRow } from './table';
import { readXlsx } from './xlsx-read';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Rows handed on at a time: enough to make per-batch costs vanish, few enough to stay small. */
export const BATCH_ROWS = 2000;

/** The file's bytes, refusing what is too large or is not base64 with stable codes. */
export function decodeUpload(contentBase64: string): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  if (Math.floor((compact.length * 3) / 4) > MAX_IMPORT_BYTES + 2) fail('E_IMPORT_TOO_LARGE');
  if (!BASE64.test(compact)) fail('E_IMPORT_FORMAT', '文件内容不是有效的 base64 编码');
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) fail('E_IMPORT_TOO_LARGE');
  if (bytes.length === 0) fail('E_IMPORT_FORMAT', '文件为空');
  return bytes;
}

/**
 * Refuses, before any row is read, a name ending in .xlsx or .xls whose content is not a ZIP:
 * files are told apart by content (XLSX is a ZIP), and such a file is not read as text.
 */
export function checkFormat(fileName: string, scan: SourceScan): void {
  if (scan.size === 0) fail('E_IMPORT_FORMAT', '文件为空');
  if (!scan.zip && (formatOf(fileName) === 'xlsx' || fileName.toLowerCase().endsWith('.xls'))) {
    fail('E_IMPORT_FORMAT', '文件不是有效的 XLSX 文件（不支持旧版 .xls，请另存为 .xlsx 或 CSV）');
  }
}

function* batched(rows: Iterable<SheetRow>): Generator<SheetRow[]> {
  let batch: SheetRow[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) { yield batch; batch = []; }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The rows of a CSV or XLSX source in batches. A CSV is streamed — decoded a piece at a time in
 * the encoding the scan found — so memory stays bounded whatever its size; an XLSX is loaded
 * whole (see `readXlsx`), which its 50 MB limit bounds.
 */
export async function* sheetBatches(source: ImportSource, scan: SourceScan): AsyncGenerator<SheetRow[]> {
  if (!scan.zip) {
    yield* batched(readCsvChunks(sourceChunks(source), scan.encoding));
    return;
  }
  if (scan.size > MAX_IMPORT_BYTES) fail('E_IMPORT_TOO_LARGE', 'XLSX 文件超过 50 MB 上限：请另存为 CSV（CSV 不限大小）后导入');
  yield* batched(await readXlsx(source.kind === 'bytes' ? source.bytes : readFileSync(source.path)));
}
