import type { HeaderMapping, HeaderOverrides } from '../../../core/import-parse/header-map';
import type { SkippedRow } from '../../../core/import-parse/layout';
import { readRecords, type ParsedRow } from '../../../core/import-parse/record-cells';
import { findBookLayout, type SheetScore } from '../../../core/import-parse/sheet-choice';
import type { SynonymTable } from '../../../core/import-parse/synonym-table';
import { ok, type Result } from '../../../core/shared/result';
import { readGrids } from './read-grids';

export type Announcement = {
  sheetName: string;
  sheetScores: SheetScore[];
  /** Row numbers (as the spreadsheet shows them) of the header. */
  headerRows: number[];
  mapping: HeaderMapping;
  fingerprint: string;
  rows: ParsedRow[];
  skipped: SkippedRow[];
  footnotes: { rowNumber: number; text: string }[];
};

/**
 * Reads a published result table as it is: finds the sheet, header, columns and data rows,
 * and reads each field, reporting every unreadable cell with its row and column.
 *
 * @example readAnnouncement(bytes, '抽查结果.xls', SPOT_CHECK_SYNONYMS) // ok({ rows: [...240 rows], footnotes: [...] })
 */
export function readAnnouncement(bytes: Uint8Array, fileName: string, synonyms: SynonymTable, overrides: HeaderOverrides = {}): Result<Announcement> {
  const grids = readGrids(bytes, fileName);
  if (!grids.ok) return grids;
  const layout = findBookLayout(grids.value, synonyms, overrides);
  if (!layout.ok) return layout;
  const l = layout.value;
  return ok({
    sheetName: l.sheetName,
    sheetScores: l.sheetScores,
    headerRows: l.headerRows,
    mapping: l.mapping,
    fingerprint: l.mapping.fingerprint,
    rows: readRecords(l),
    skipped: l.skipped,
    footnotes: l.footnotes,
  });
}
