import { isUtf8 } from 'node:buffer';
import { textCell, type SheetRow } from './table';
import { utf16Of, type Utf16 } from './utf16';

/** Decoded a slice at a time, so a large file never becomes one huge string. */
const CHUNK_BYTES = 256 * 1024;

export type CsvEncoding = 'utf-8' | 'gb18030' | Utf16;

/**
 * The file's encoding: UTF-16 when `utf16Of` is sure (Excel's "Unicode text"), UTF-8 when the
 * bytes are valid UTF-8 (with or without BOM), otherwise GB18030, a superset of GBK and GB2312
 * that agency spreadsheets are still saved in. UTF-16 is asked first: ASCII in UTF-16 is valid
 * UTF-8 (with a NUL after every character), and was read as such, header not found.
 */
export function csvEncoding(bytes: Uint8Array): CsvEncoding {
  return utf16Of(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

function* decoded(chunks: Iterable<Uint8Array>, encoding: CsvEncoding): Generator<string> {
  // The default TextDecoder drops a leading UTF-8 or UTF-16 byte order mark.
  const decoder = new TextDecoder(encoding);
  for (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The characters that end or start something outside quotes. */
const SPECIAL = /[,\r\n"]/g;

/**
 * Reads RFC 4180 CSV one record at a time from chunks of bytes (a file read piece by piece):
 * quoted fields may hold commas, doubled quotes and line breaks; CRLF, LF and lone CR end
 * records. Never throws on malformed input — an unclosed quote simply runs to the end of the
 * file, and the row checks then report what is wrong. State carries across chunks, so a record
 * split between two reads is read whole, and nothing is ever re-scanned.
 *
 * @example [...readCsvChunks([Buffer.from('a,"b,c"\r\n1,2')], 'utf-8')].map((r) => r.cells.map((c) => c.text)) // [['a','b,c'],['1','2']]
 */
export function* readCsvChunks(chunks: Iterable<Uint8Array>, encoding: CsvEncoding): Generator<SheetRow> {
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
  for (const chunk of decoded(chunks, encoding)) {
    const end = chunk.length;
    let i = 0;
    while (i < end) {
      if (afterCr) {
        afterCr = false;
        if (chunk.charCodeAt(i) === 10) { i++; continue; }
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (chunk.charCodeAt(i) === 34) { field += '"'; i++; continue; }
          inQuotes = false; // the quote closed the field; the character is handled below
        } else {
          const q = chunk.indexOf('"', i);
          if (q < 0) { field += chunk.slice(i); i = end; continue; }
          field += chunk.slice(i, q);
          quoteSeen = true;
          i = q + 1;
          continue;
        }
      }
      SPECIAL.lastIndex = i;
      const m = SPECIAL.exec(chunk);
      if (!m) {
        field += chunk.slice(i);
        rowStarted = true;
        i = end;
        continue;
      }
      const k = m.index;
      const ch = chunk.charCodeAt(k);
      if (k > i) { field += chunk.slice(i, k); rowStarted = true; }
      i = k + 1;
      if (ch === 34) {
        // A quote opens a quoted field only at the field's start; elsewhere it is text.
        if (field === '') inQuotes = true;
        else field += '"';
        rowStarted = true;
      } else if (ch === 44) {
        cells.push(field);
        field = '';
        rowStarted = true;
      } else {
        afterCr = ch === 13;
        yield endRow();
      }
    }
  }
  if (rowStarted || field !== '' || cells.length > 0) yield endRow();
}

/**
 * Reads a CSV held in memory (see `readCsvChunks`), decoding it as `csvEncoding` says.
 *
 * @example [...readCsv(Buffer.from('a,"b,c"\r\n1,2'))].map((r) => r.cells.map((c) => c.text)) // [['a','b,c'],['1','2']]
 */
export function readCsv(bytes: Uint8Array): Generator<SheetRow> {
  return readCsvChunks(slices(bytes), csvEncoding(bytes));
}
