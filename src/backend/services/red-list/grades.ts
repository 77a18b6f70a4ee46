import type Database from 'better-sqlite3';
import type { LatestGrade } from '../../../core/lists/red-list';
import { adjustedGradeSql, type ApprovedRun } from '../evaluation/approved';

/** The enterprises whose grade in the run (after an approved adjustment) is one of `grades`. */
export function firmsGraded(db: Database.Database, run: ApprovedRun, grades: readonly string[]): number[] {
  return db.prepare(`SELECT enterprise_id FROM (${GRADE_SQL}) WHERE grade IN (SELECT value FROM json_each(?)) ORDER BY enterprise_id`)
    .pluck().all(run.id, JSON.stringify(grades)) as number[];
}

/** A result's grade, replaced by the last approved adjustment of it. */
const GRADE_SQL = `SELECT er.enterprise_id, coalesce(${adjustedGradeSql('er.run_id', 'er.enterprise_id')}, er.grade) AS grade
  FROM evaluation_results er WHERE er.run_id = ?`;

/** The grades of a chunk of firms in the run, as the red-list rules read them. */
export function gradesOf(db: Database.Database, run: ApprovedRun, ids: readonly number[]): Map<number, LatestGrade> {
  const rows = db.prepare(`SELECT enterprise_id AS id, grade FROM (${GRADE_SQL}) WHERE enterprise_id IN (SELECT value FROM json_each(?))`)
    .all(run.id, JSON.stringify(ids)) as { id: number; grade: string }[];
  return new Map(rows.map((r) => [r.id, { grade: r.grade, validFrom: run.asOf, validTo: run.validTo }]));
}
