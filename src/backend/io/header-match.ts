import { fail } from '../failure';
import { headerKey } from './cell-text';
import type { ColumnDef } from './kinds/kind';
import { isBlankRow, type SheetRow } from './table';

/** Where each column of the kind was found: the cell index and the header as the file spells it. */
export type ColumnMatch = { key: string; header: string; index: number | null; source: string | null };

/** Title rows ("××局企业名单") may sit above the header; it is looked for this far down. */
const HEADER_SEARCH_ROWS = 20;

function matchRow(row: SheetRow, columns: readonly ColumnDef[], mapping: Readonly<Record<string, string>>): ColumnMatch[] {
  const keys = row.cells.map((c) => headerKey(c.text));
  return columns.map((col) => {
    const wanted = mapping[col.key] !== undefined ? [mapping[col.key] ?? ''] : [col.header, ...col.synonyms];
    const targets = new Set(wanted.map(headerKey));
    const index = keys.findIndex((k) => k !== '' && targets.has(k));
    return { key: col.key, header: col.header, index: index < 0 ? null : index, source: index < 0 ? null : (row.cells[index]?.text ?? null) };
  });
}

/**
 * Finds the header row among the first rows: the first whose cells name at least two of the
 * kind's columns (headers compared without spaces, full-width or case), or that an explicit
 * mapping names. Fails with the missing required columns when none has all of them.
 */
export function findHeader(
  rows: Iterator<SheetRow>, columns: readonly ColumnDef[], mapping: Readonly<Record<string, string>>,
): { header: SheetRow; matches: ColumnMatch[] } {
  let best: { header: SheetRow; matches: ColumnMatch[] } | null = null;
  for (let seen = 0; seen < HEADER_SEARCH_ROWS; ) {
    const next = rows.next();
    if (next.done) break;
    if (isBlankRow(next.value)) continue;
    seen++;
    const matches = matchRow(next.value, columns, mapping);
    const found = matches.filter((m) => m.index !== null).length;
    if (found >= 2) { best = { header: next.value, matches }; break; }
  }
  if (!best) {
    const names = columns.slice(0, 2).map((c) => `“${c.header}”`).join('');
    fail('E_IMPORT_HEADER', `无法识别表头：前 ${HEADER_SEARCH_ROWS} 行中没有包含${names}等列名的行`);
  }
  const missing = columns.filter((c, i) => c.required && best.matches[i]?.index === null).map((c) => c.header);
  if (missing.length > 0) {
    fail('E_IMPORT_HEADER', `表头缺少必需的列：${missing.join('、')}`, { missing, line: best.header.line });
  }
  return best;
}
