import { neutraliseFormula } from './cell-text';

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes RFC 4180 CSV (CRLF, quotes doubled) in UTF-8 with a BOM, which Excel and WPS need to
 * open Chinese text correctly; every cell is neutralised against formula injection.
 *
 * @example writeCsv([['名称'], ['=1+1']]).toString('utf8') // "\uFEFF名称\r\n'=1+1\r\n"
 */
export function writeCsv(rows: Iterable<readonly string[]>): Buffer {
  const lines: string[] = [];
  for (const row of rows) lines.push(`${row.map(csvField).join(',')}\r\n`);
  return Buffer.from(`\uFEFF${lines.join('')}`, 'utf8');
}
