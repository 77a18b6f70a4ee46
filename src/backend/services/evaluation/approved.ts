import type Database from 'better-sqlite3';
import { addMonthsToDay, formatDay, parseDay } from '../../../core/evaluation/dates';

/**
 * SQL for a result's approved hand adjustment (the last one decided), or NULL: `run` and `firm`
 * name the columns holding the run and the enterprise. Every reader of grades takes the adjusted
 * one where there is one, as evaluation:results shows it.
 */
export const adjustedGradeSql = (run: string, firm: string): string => `(SELECT g.to_grade FROM grade_adjustments g
  WHERE g.run_id = ${run} AND g.enterprise_id = ${firm} AND g.status = 'approved' ORDER BY g.id DESC LIMIT 1)`;

export type ApprovedRun = { id: number; modelRowId: number; asOf: string; validTo: string };

/**
 * The approved run in force on `asOf` (default: the latest of all): the latest as-of date, then the
 * latest id. Its grades count for the model's validity period (the last day is one before the same
 * day N months on, as core/evaluation computes `validTo`).
 */
export function latestApprovedRun(db: Database.Database, asOf?: string): ApprovedRun | null {
  const r = db.prepare(`SELECT r.id, r.model_row_id AS modelRowId, r.as_of AS asOf, m.json FROM evaluation_runs r JOIN evaluation_models m ON m.id = r.model_row_id
    WHERE r.status = 'approved' AND r.as_of <= ? ORDER BY r.as_of DESC, r.id DESC LIMIT 1`).get(asOf ?? '9999-12-31') as { id: number; modelRowId: number; asOf: string; json: string } | undefined;
  if (!r) return null;
  const months = (JSON.parse(r.json) as { validityMonths?: number }).validityMonths ?? 12;
  return { id: r.id, modelRowId: r.modelRowId, asOf: r.asOf, validTo: formatDay(addMonthsToDay(parseDay(r.asOf), months) - 1) };
}
