import { messageFor } from '../shared/errors';
import { err, type Result } from '../shared/result';
import type { Grid } from './grid';
import { findHeader } from './header-find';
import type { HeaderOverrides } from './header-map';
import { findLayout, type Layout } from './layout';
import type { SynonymTable } from './synonym-table';

export type SheetScore = { name: string; hidden: boolean; score: number };

/**
 * The sheet that holds the data: the one whose header names the most fields. A visible sheet
 * wins a tie over a hidden one, then the earlier sheet — so a hidden, empty first sheet is
 * passed over, but data kept only on a hidden sheet is still found.
 *
 * @example chooseSheet([hiddenEmpty, data], SPOT_CHECK_SYNONYMS) // 1
 */
export function chooseSheet(grids: readonly Grid[], table: SynonymTable, overrides: HeaderOverrides = {}): { index: number | null; scores: SheetScore[] } {
  const scores = grids.map((g) => ({ name: g.name, hidden: g.hidden, score: findHeader(g, table, overrides)?.mapping.score ?? 0 }));
  let index: number | null = null;
  scores.forEach((s, i) => {
    const b = index === null ? null : scores[index];
    if (s.score === 0) return;
    if (!b || s.score > b.score || (s.score === b.score && b.hidden && !s.hidden)) index = i;
  });
  return { index, scores };
}

/**
 * The layout of a workbook's data: the best sheet chosen, then read.
 *
 * @example findBookLayout(grids, SPOT_CHECK_SYNONYMS) // ok({ sheetName: 'Sheet2', … })
 */
export function findBookLayout(grids: readonly Grid[], table: SynonymTable, overrides: HeaderOverrides = {}): Result<Layout & { sheetScores: SheetScore[] }> {
  const { index, scores } = chooseSheet(grids, table, overrides);
  const grid = index === null ? undefined : grids[index];
  if (!grid) return err({ code: 'E_IMPORT_HEADER', message: messageFor('E_IMPORT_HEADER'), details: { sheets: scores } });
  const layout = findLayout(grid, table, overrides);
  return layout.ok ? { ok: true, value: { ...layout.value, sheetScores: scores } } : layout;
}
