import { isUtf8 } from 'node:buffer';
import { textCell, type SheetRow } from './table';

/** Decoded a slice at a time, so a 50 MB file never becomes one 100 MB string. */
const CHUNK_BYTES = 256 * 1024;

/**
 * The file's encoding: UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise
 * GB18030, a superset of GBK and GB2312 that agency spreadsheets are still saved in.
 */
export function csvEncoding(bytes: Uint8Array): 'utf-8' | 'gb18030' {
  return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

function* decodedChunks(bytes: Uint8Array): Generator<string> {
  // The default TextDecoder drops a leading UTF-8 BOM; GB18030 has none.
  const decoder = new TextDecoder(csvEncoding(bytes));
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    const text = decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Reads RFC 4180 CSV one record at a time: quoted fields may hold commas, doubled quotes and
 * line breaks; CRLF, LF and lone CR end records. Never throws on malformed input — an unclosed
 * quote simply runs to the end of the file, and the row checks then report what is wrong.
 *
 * @example [...readCsv(Buffer.from('a,"b,c"\r\n1,2'))].map((r) => r.cells.map((c) => c.text)) // [['a','b,c'],['1','2']]
 */
export function* readCsv(bytes: Uint8Array): Generator<SheetRow> {
  let line = 0;
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteSeen = false; // a quote inside quotes: either the closing one or the first of a pair
  let afterCr = false;
  let rowStarted = false;
  const endRow = (): SheetRow => {
    cells.push(field);
    const row = { line: ++line, cells: cells.map(textCell) };
    cells = [];
    field = '';
    rowStarted = false;
    return row;
  };
  for (const chunk of decodedChunks(bytes)) {
    for (const ch of chunk) {
      if (afterCr) {
        afterCr = false;
        if (ch === '\n') continue;
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') { field += '"'; continue; }
          inQuotes = false; // the quote closed the field; fall through to handle ch normally
        } else {
          if (ch === '"') quoteSeen = true;
          else field += ch;
          continue;
        }
      }
      if (ch === '"' && field === '') { inQuotes = true; rowStarted = true; continue; }
      if (ch === ',') { cells.push(field); field = ''; rowStarted = true; continue; }
      if (ch === '\r' || ch === '\n') {
        afterCr = ch === '\r';
        yield endRow();
        continue;
      }
      field += ch;
      rowStarted = true;
    }
  }
  if (rowStarted || field !== '' || cells.length > 0) yield endRow();
}
