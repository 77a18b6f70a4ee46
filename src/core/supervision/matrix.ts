import { messageFor } from '../shared/errors';
import { err, ok, type Result } from '../shared/result';
import type { InspectionPlan, RiskGrade, SupervisionMatrix, SupervisionMode } from './schema';

/**
 * The supervision mode for an enterprise grade (null: not graded yet) and a product risk grade.
 * A grade missing from the matrix is an error, not a silent default: the matrix is incomplete.
 *
 * @example supervisionMode(matrix, 'D', 'I') // { ok: true, value: 'strict' }
 */
export function supervisionMode(matrix: SupervisionMatrix, grade: string | null, risk: RiskGrade): Result<SupervisionMode> {
  const row = grade === null ? matrix.ungraded : matrix.rows[grade];
  if (!row) return err({ code: 'E_SUPERVISION_CONFIG', message: messageFor('E_SUPERVISION_CONFIG'), details: { grade, risk } });
  return ok(row[risk]);
}

/** The region codes a county's plan falls back to: itself, its city, its province (GB/T 2260). */
function ancestors(code: string): string[] {
  const city = `${code.slice(0, 4)}00`, province = `${code.slice(0, 2)}0000`;
  return [...new Set([code, city, province])];
}

/**
 * The plan for a jurisdiction and year: the most specific one wins — the county before its city
 * before its province before '*', and at each level a plan for that year before a plan for any year.
 *
 * @example resolvePlan(plans, '430102', 2026) // { ok: true, value: the Changsha 2026 plan, or the default }
 */
export function resolvePlan(plans: readonly InspectionPlan[], jurisdiction: string, year: number): Result<InspectionPlan> {
  for (const j of [...ancestors(jurisdiction), '*']) {
    for (const y of [year, null]) {
      const p = plans.find((x) => x.jurisdiction === j && x.year === y);
      if (p) return ok(p);
    }
  }
  return err({ code: 'E_INSPECTION_PLAN_MISSING', message: messageFor('E_INSPECTION_PLAN_MISSING'), details: { jurisdiction, year } });
}
