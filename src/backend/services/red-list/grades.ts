import type Database from 'better-sqlite3';
import { addMonthsToDay, formatDay, parseDay } from '../../../core/evaluation/dates';
import type { LatestGrade } from '../../../core/lists/red-list';

export type ApprovedRun = { id: number; asOf: string; validTo: string };

/**
 * The latest approved evaluation run on or before `asOf`: only a reviewed run's grades count, and
 * they count for the model's validity period (the last day is one before the same day N months on,
 * as core/evaluation computes `validTo`).
 */
export function latestApprovedRun(db: Database.Database, asOf: string): ApprovedRun | null {
  const r = db.prepare(`SELECT r.id, r.as_of AS asOf, m.json FROM evaluation_runs r JOIN evaluation_models m ON m.id = r.model_row_id
    WHERE r.status = 'approved' AND r.as_of <= ? ORDER BY r.as_of DESC, r.id DESC LIMIT 1`).get(asOf) as { id: number; asOf: string; json: string } | undefined;
  if (!r) return null;
  const months = (JSON.parse(r.json) as { validityMonths?: number }).validityMonths ?? 12;
  return { id: r.id, asOf: r.asOf, validTo: formatDay(addMonthsToDay(parseDay(r.asOf), months) - 1) };
}

/** The enterprises whose grade in the run (after an approved adjustment) is one of `grades`. */
export function firmsGraded(db: Database.Database, run: ApprovedRun, grades: readonly string[]): number[] {
  return db.prepare(`SELECT enterprise_id FROM (${GRADE_SQL}) WHERE grade IN (SELECT value FROM json_each(?)) ORDER BY enterprise_id`)
    .pluck().all(run.id, JSON.stringify(grades)) as number[];
}

/** A result's grade, replaced by the last approved adjustment of it. */
const GRADE_SQL = `SELECT er.enterprise_id, coalesce((SELECT ga.to_grade FROM grade_adjustments ga WHERE ga.run_id = er.run_id
  AND ga.enterprise_id = er.enterprise_id AND ga.status = 'approved' ORDER BY ga.id DESC LIMIT 1), er.grade) AS grade
  FROM evaluation_results er WHERE er.run_id = ?`;

/** The grades of a chunk of firms in the run, as the red-list rules read them. */
export function gradesOf(db: Database.Database, run: ApprovedRun, ids: readonly number[]): Map<number, LatestGrade> {
  const rows = db.prepare(`SELECT enterprise_id AS id, grade FROM (${GRADE_SQL}) WHERE enterprise_id IN (SELECT value FROM json_each(?))`)
    .all(run.id, JSON.stringify(ids)) as { id: number; grade: string }[];
  return new Map(rows.map((r) => [r.id, { grade: r.grade, validFrom: run.asOf, validTo: run.validTo }]));
}
