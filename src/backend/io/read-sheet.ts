import { fail } from '../failure';
import { readCsv } from './csv-read';
import { formatOf } from './sheet-file';
import { isZip, MAX_IMPORT_BYTES, type SheetRow } from './table';
import { readXlsx } from './xlsx-read';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

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
 * The rows of a CSV or XLSX file, told apart by content (XLSX is a ZIP), not by name alone;
 * a name ending in .xlsx or .xls whose content is not a ZIP is refused rather than read as text.
 */
export async function readSheet(fileName: string, bytes: Buffer): Promise<Iterable<SheetRow>> {
  if (isZip(bytes)) return readXlsx(bytes);
  if (formatOf(fileName) === 'xlsx' || fileName.toLowerCase().endsWith('.xls')) {
    fail('E_IMPORT_FORMAT', '文件不是有效的 XLSX 文件（不支持旧版 .xls，请另存为 .xlsx 或 CSV）');
  }
  return readCsv(bytes);
}
